package org.smsfilter.test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.smsfilter.Action;
import org.smsfilter.AndroidDelivery;
import org.smsfilter.Category;
import org.smsfilter.Classifier;
import org.smsfilter.ContactKind;
import org.smsfilter.Decision;
import org.smsfilter.Feedback;
import org.smsfilter.Language;
import org.smsfilter.Model;
import org.smsfilter.Policy;
import org.smsfilter.PolicyState;
import org.smsfilter.OrganizationKind;
import org.smsfilter.Reason;
import org.smsfilter.SmsFilterException;
import org.smsfilter.StatusCode;
import org.smsfilter.SubKind;
import org.smsfilter.VerificationCode;

/** Tests of the Java policy binding with the default model. usage: PolicyTest MODEL.smsf */
public final class PolicyTest {
  private static final String CODE = "【招商银行】您的验证码为８２９１０４，5分钟内有效，请勿泄露。";
  private static final String BANK_PHISH =
      "【工商银行】您的网银U盾已过期，请登录 www.icbc-u.cc 更新银行卡信息，以免影响使用。";
  private static final String AD = "双11大促，全场5折，回T退订";
  private static final String POLICY = String.join("\n",
      "smsfilter-policy 1",
      "category marketing allow",
      "flood marketing 1/hour",
      "allow sender 95588 id=icbc",
      "block keyword 裸聊 priority=10 id=adult",
      "");

  private static int failures = 0;

  private static void check(boolean condition, String what) {
    if (!condition) {
      ++failures;
      System.out.println("FAILED: " + what);
    }
  }

  private static Reason.Kind kind(Decision d, int i) {
    return d.reasons().get(i).kind();
  }

  private static void codesAreAllowedAndCarried(Policy policy, Classifier classifier) {
    Decision d = policy.decide(classifier, CODE, "95555", null);
    check(d.action() == Action.ALLOW, "a code is allowed: " + d);
    check(d.category() == Category.SECURITY, "a code is security: " + d);
    VerificationCode code = d.code().orElse(null);
    check(code != null && code.code().equals("829104") && code.issuer().equals("招商银行"),
        "the code and issuer are extracted");
    check(!d.toString().contains("829104"), "the log line hides the code: " + d);
    check(d.organization().equals("cmb") && d.organizationKind().orElse(null) == OrganizationKind.BANK,
        "the bank's own number names the bank: " + d);
    check(kind(d, 1) == Reason.Kind.CODE && kind(d, 2) == Reason.Kind.OFFICIAL_SENDER,
        "the code and the official sender are reasons: " + d);
    Reason official = d.reasons().get(2);
    check(official.organization().equals("cmb") && official.organizationName().equals("招商银行")
        && official.contact() == null && official.host().isEmpty(),
        "the official sender names the bank: " + official);
    check(official.text(Language.ZH_CN).equals("来自招商银行的官方号码")
        && official.text(Language.EN).equals("Sent from an official number of 招商银行"),
        "the reason reads as a sentence: " + official.text(Language.EN));
    check(d.reasons().get(0).category() == Category.SECURITY && d.reasons().get(0).value() > 0.5f,
        "the model's reason carries its category and probability");
    check(d.subKind() == SubKind.TRANSACTIONAL_FINANCE, "a bank's code is a finance message: " + d);
    check(d.toString().equals("allow (security 1.00, transactional_finance): model, code, official_sender"),
        "the log line holds kinds only: " + d);
  }

  private static void rulesAndThePhishingOverrideDecide(Policy policy, Classifier classifier) {
    Decision adult = policy.decide(classifier, "加我看裸聊", "", null);
    check(adult.action() == Action.BLOCK && kind(adult, 0) == Reason.Kind.RULE
        && adult.reasons().get(0).ruleId().equals("adult"), "the keyword rule blocks: " + adult);

    Decision phish = policy.decide(classifier, BANK_PHISH, "17012345678", null);
    check(phish.action() == Action.BLOCK, "a bank look-alike asking for a card is blocked");
    check(phish.reasons().get(0).host().equals("www.icbc-u.cc") && !phish.toString().contains("icbc"),
        "the phishing host is a parameter, never in the log line: " + phish);
    Reason suspicious = phish.reasons().get(phish.reasons().size() - 2);
    check(suspicious.kind() == Reason.Kind.SUSPICIOUS_CONTACT && suspicious.contact() == ContactKind.LINK
        && suspicious.organization().equals("icbc"), "the look-alike link is a suspicious contact");
    Reason sender = phish.reasons().get(phish.reasons().size() - 1);
    check(sender.kind() == Reason.Kind.SUSPICIOUS_SENDER && sender.contact() == ContactKind.MOBILE,
        "a bank's name from a mobile number is a suspicious sender");
    check(phish.subKind() == SubKind.NONE, "phishing is never filed as a transaction");
    Decision allowListed = policy.decide(classifier, BANK_PHISH, "95588", null);
    check(allowListed.action() == Action.MUTE && kind(allowListed, 1) == Reason.Kind.PHISHING,
        "from an allow-listed sender it is only muted: " + allowListed);
  }

  private static void floodsAndFeedbackLiveInTheState(Policy policy, Classifier classifier) {
    try (PolicyState state = new PolicyState()) {
      long t0 = 1700000000L;
      check(policy.decide(classifier, AD, "10690001", t0, state).action() == Action.ALLOW,
          "the first ad of the hour is allowed");
      byte[] saved = state.save();
      try (PolicyState restored = new PolicyState()) {
        restored.restore(saved);
        check(restored.trackedSenderCount() == 1, "the flood history is restored");
        Decision second = policy.decide(classifier, AD, "10690001", t0 + 60, restored);
        check(second.action() == Action.MUTE && kind(second, 1) == Reason.Kind.FLOOD,
            "the second is muted: " + second);
        Reason flood = second.reasons().get(1);
        check(flood.value() == 2 && flood.threshold() == 1 && flood.windowSeconds() == 3600
            && flood.category() == Category.MARKETING, "the flood reason's count, limit and window");
      }

      String chat = "周末有空一起吃饭吗";
      check(policy.decide(classifier, chat, "13912345678", state).category() == Category.PERSONAL,
          "a chat is personal");
      policy.recordFeedback(classifier, chat, "13912345678", Feedback.SPAM, state);
      check(state.feedbackEntryCount() > 0, "feedback is kept");
      Decision reported = policy.decide(classifier, chat, "13912345678", state);
      check(reported.category() == Category.MARKETING && kind(reported, 0) == Reason.Kind.FEEDBACK,
          "a reported sender's message leans to marketing: " + reported);

      byte[] damaged = state.save();
      damaged[damaged.length - 1] ^= 1;
      try {
        state.restore(damaged);
        check(false, "damaged state bytes are refused");
      } catch (SmsFilterException e) {
        check(e.code() == StatusCode.INVALID_ARGUMENT, "damaged state: " + e.code());
      }
      check(state.feedbackEntryCount() > 0, "a refused restore leaves the state as it was");
    }
  }

  private static void badPoliciesAndClosedObjectsThrow(Classifier classifier) {
    try {
      Policy.parse("smsfilter-policy 1\ncategory security block\n");
      check(false, "a policy blocking security by category is refused");
    } catch (SmsFilterException e) {
      check(e.code() == StatusCode.INVALID_ARGUMENT
          && e.getMessage().contains("security can't be blocked"), "the refusal says why: " + e);
    }
    Policy policy = Policy.parse("smsfilter-policy 1\n");
    policy.close();
    try {
      policy.decide(classifier, CODE, "", null);
      check(false, "deciding with a closed policy throws");
    } catch (IllegalStateException expected) {
      // expected
    }
  }

  private static void actionsMapToAndroidDeliveries() {
    check(Action.NONE.androidDelivery() == AndroidDelivery.NOTIFY, "none notifies");
    check(Action.ALLOW.androidDelivery() == AndroidDelivery.NOTIFY, "allow notifies");
    check(Action.MUTE.androidDelivery() == AndroidDelivery.SILENT, "mute is silent");
    check(Action.BLOCK.androidDelivery() == AndroidDelivery.BLOCK, "block blocks");
  }

  private static void threadsShareOnePolicy(Model model, Policy policy) throws Exception {
    String[] messages = {CODE, BANK_PHISH, AD, "加我看裸聊", "明天见"};
    List<String> expected = new ArrayList<>();
    try (Classifier classifier = new Classifier(model)) {
      for (String m : messages) expected.add(policy.decide(classifier, m, "", null).toString());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Boolean>> outcomes = new ArrayList<>();
    for (int t = 0; t < 8; ++t) {
      outcomes.add(pool.submit(() -> {
        try (Classifier classifier = new Classifier(model)) {
          for (int round = 0; round < 20; ++round) {
            for (int i = 0; i < messages.length; ++i) {
              String d = policy.decide(classifier, messages[i], "", null).toString();
              if (!d.equals(expected.get(i))) return false;
            }
          }
        }
        return true;
      }));
    }
    for (Future<Boolean> outcome : outcomes) check(outcome.get(), "threads agree with one thread");
    pool.shutdown();
  }

  public static void main(String[] args) throws Exception {
    try (Model model = Model.openFile(args[0]);
         Classifier classifier = new Classifier(model);
         Policy policy = Policy.parse(POLICY)) {
      codesAreAllowedAndCarried(policy, classifier);
      rulesAndThePhishingOverrideDecide(policy, classifier);
      floodsAndFeedbackLiveInTheState(policy, classifier);
      badPoliciesAndClosedObjectsThrow(classifier);
      actionsMapToAndroidDeliveries();
      threadsShareOnePolicy(model, policy);
    }
    System.out.println(failures == 0 ? "all passed" : failures + " failed");
    System.exit(failures == 0 ? 0 : 1);
  }
}
