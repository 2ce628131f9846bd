package org.smsfilter.test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.smsfilter.Classifier;
import org.smsfilter.Feedback;
import org.smsfilter.Model;
import org.smsfilter.Policy;
import org.smsfilter.PolicyState;

/**
 * No message text or sender in any exception the Java binding throws: a message goes through
 * every failing path (null arguments, closed objects, bad model and state bytes), and no 8-byte
 * piece of it may appear in the exception's message, string or stack trace with its causes.
 * Unpaired surrogates and megabytes of text are no error at all. usage: PrivacyTest MODEL.smsf
 */
public final class PrivacyTest {
  private static final String TEXT = "【隐私测试】张晓明您好，尾号8846账户验证码735102，登录 canary-7f3a9c.cn 核对";
  private static final String SENDER = "+86 139-0073-5102 canary-sender";
  private static final String POLICY = "smsfilter-policy 1\nflood marketing 1/hour\n";
  private static final long TIME = 1700000000L;

  private static int failures = 0;
  private static int exceptions = 0;

  private static void check(boolean condition, String what) {
    if (!condition) {
      ++failures;
      System.out.println("FAILED: " + what);
    }
  }

  private interface Call {
    void run() throws Exception;
  }

  private static Set<String> pieces(String... texts) {
    Set<String> out = new HashSet<>();
    for (String text : texts) {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i + 8 <= utf8.length; ++i) {
        out.add(new String(Arrays.copyOfRange(utf8, i, i + 8), StandardCharsets.ISO_8859_1));
      }
    }
    return out;
  }

  private static final Set<String> PIECES = pieces(TEXT, SENDER);

  // Everything about an exception a host could log, as ISO-8859-1 so that pieces of UTF-8
  // compare byte for byte.
  private static String logged(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String all = e.getMessage() + "\n" + e.getLocalizedMessage() + "\n" + e + "\n" + trace;
    return new String(all.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  private static void checkPrivateFailure(String what, Call call) {
    try {
      call.run();
      check(false, what + ": no exception");
    } catch (Throwable e) {
      ++exceptions;
      String log = logged(e);
      for (String piece : PIECES) {
        check(!log.contains(piece), what + ": " + e.getClass().getName() + " holds message text");
      }
    }
  }

  private static void nullArguments(Classifier classifier, Policy policy, PolicyState state) {
    checkPrivateFailure("classify null text", () -> classifier.classify(null, SENDER));
    checkPrivateFailure("classify null sender", () -> classifier.classify(TEXT, null));
    checkPrivateFailure("decide null classifier", () -> policy.decide(null, TEXT, SENDER, TIME, state));
    checkPrivateFailure("decide null text", () -> policy.decide(classifier, null, SENDER, TIME, state));
    checkPrivateFailure("decide null sender", () -> policy.decide(classifier, TEXT, null, TIME, state));
    checkPrivateFailure("feedback null classifier",
        () -> policy.recordFeedback(null, TEXT, SENDER, Feedback.SPAM, state));
    checkPrivateFailure("feedback null text",
        () -> policy.recordFeedback(classifier, null, SENDER, Feedback.SPAM, state));
    checkPrivateFailure("feedback null sender",
        () -> policy.recordFeedback(classifier, TEXT, null, Feedback.SPAM, state));
    checkPrivateFailure("feedback null feedback",
        () -> policy.recordFeedback(classifier, TEXT, SENDER, null, state));
    checkPrivateFailure("feedback null state",
        () -> policy.recordFeedback(classifier, TEXT, SENDER, Feedback.SPAM, null));
  }

  private static void closedObjects(String modelPath) {
    Model model = Model.openFile(modelPath);
    Classifier classifier = new Classifier(model);
    Policy policy = Policy.parse(POLICY);
    PolicyState state = new PolicyState();
    state.close();
    checkPrivateFailure("decide with a closed state", () -> policy.decide(classifier, TEXT, SENDER, TIME, state));
    checkPrivateFailure("feedback with a closed state",
        () -> policy.recordFeedback(classifier, TEXT, SENDER, Feedback.SPAM, state));
    classifier.close();
    checkPrivateFailure("classify when closed", () -> classifier.classify(TEXT, SENDER));
    checkPrivateFailure("decide with a closed classifier",
        () -> policy.decide(classifier, TEXT, SENDER, TIME, null));
    policy.close();
    try (Classifier open = new Classifier(model)) {
      checkPrivateFailure("decide with a closed policy", () -> policy.decide(open, TEXT, SENDER, null));
    }
    model.close();
    checkPrivateFailure("a classifier of a closed model", () -> new Classifier(model).classify(TEXT));
  }

  private static void storedBytes(Classifier classifier, Policy policy) {
    byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
    checkPrivateFailure("a model of the text", () -> Model.openBuffer(ByteBuffer.wrap(text)));
    try (PolicyState state = new PolicyState()) {
      checkPrivateFailure("a state of the text", () -> state.restore(text));
      policy.recordFeedback(classifier, TEXT, SENDER, Feedback.SPAM, state);
      byte[] saved = state.save();
      byte[] longer = Arrays.copyOf(saved, saved.length + text.length);
      System.arraycopy(text, 0, longer, saved.length, text.length);
      checkPrivateFailure("a state with the text appended", () -> state.restore(longer));
    }
  }

  private static void hostileTextIsRead(Classifier classifier, Policy policy) {
    String unpaired = "\uDC00" + TEXT + "\uD800";
    String replaced = "\uFFFD" + TEXT + "\uFFFD";
    check(classifier.classify(unpaired, "\uD800").toString()
            .equals(classifier.classify(replaced, "\uFFFD").toString()),
        "unpaired surrogates read as U+FFFD");
    check(policy.decide(classifier, unpaired, SENDER, null).action()
            == policy.decide(classifier, replaced, SENDER, null).action(),
        "a decision reads unpaired surrogates as U+FFFD");
    StringBuilder huge = new StringBuilder();
    while (huge.length() < (4 << 20)) huge.append(TEXT);
    String text = huge.toString();
    check(classifier.classify(text, text) != null, "megabytes of text classify");
  }

  public static void main(String[] args) throws Exception {
    try (Model model = Model.openFile(args[0]);
         Classifier classifier = new Classifier(model);
         Policy policy = Policy.parse(POLICY);
         PolicyState state = new PolicyState()) {
      nullArguments(classifier, policy, state);
      storedBytes(classifier, policy);
      hostileTextIsRead(classifier, policy);
    }
    closedObjects(args[0]);
    check(exceptions == 19, exceptions + " exceptions, expected 19");
    System.out.println(failures == 0 ? "all passed" : failures + " failed");
    System.exit(failures == 0 ? 0 : 1);
  }
}
