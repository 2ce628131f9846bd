package org.smsfilter.test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.smsfilter.Category;
import org.smsfilter.Classifier;
import org.smsfilter.FeatureContribution;
import org.smsfilter.Model;
import org.smsfilter.Result;
import org.smsfilter.SmsFilterException;
import org.smsfilter.StatusCode;

/** Tests of the Java binding with the default model. usage: BindingTest MODEL.smsf */
public final class BindingTest {
  private static final String CODE = "【招商银行】您的验证码为482913，5分钟内有效，请勿泄露。";
  private static final String FRAUD =
      "【建设银行】您的账户存在异常，请立即登录 http://ccb-vip.cc 验证身份，否则将冻结";
  // No visible text: unsure whatever the model.
  private static final String UNSURE = "\u3000 \u200b";
  private static final String[] MESSAGES = {CODE, FRAUD, UNSURE, "明天见",
      "【京东】您的订单已签收，感谢您的支持", "🎁🎁 恭喜您获得iPhone一台，回复1领取 \uD800"};

  private static Path modelPath;
  private static int failures = 0;

  private static void check(boolean condition, String what) {
    if (!condition) {
      ++failures;
      System.out.println("FAILED: " + what);
    }
  }

  private interface Action {
    void run() throws Exception;
  }

  private static void checkThrows(Class<? extends Throwable> expected, Action action, String what) {
    try {
      action.run();
      check(false, what + ": no exception");
    } catch (Throwable e) {
      check(expected.isInstance(e), what + ": threw " + e);
    }
  }

  private static StatusCode openFailure(Action open) throws Exception {
    try {
      open.run();
    } catch (SmsFilterException e) {
      check(!e.getMessage().isEmpty(), "the exception has a message");
      return e.code();
    }
    return StatusCode.OK;
  }

  private static void resultsAreDistributionsWithExplanations(Model model) {
    try (Classifier classifier = new Classifier(model)) {
      Result code = classifier.classify(CODE, "95555");
      check(code.category() == Category.SECURITY, "verification code is security: " + code);
      check(!code.isUnsure(), "verification code is sure");
      check(code.confidence() == code.probability(Category.SECURITY),
          "confidence is the top probability");
      float sum = 0;
      for (Category c : Category.values()) sum += code.probability(c);
      check(Math.abs(sum - 1) < 1e-4, "probabilities sum to 1: " + sum);
      check(!code.topFeatures().isEmpty(), "top features are given");
      for (FeatureContribution f : code.topFeatures()) {
        check(f.weight() > 0 && f.name().indexOf(':') > 0, "feature " + f);
      }
      String first = code.topFeatures().get(0).name();
      check(code.explain().startsWith("security ") && code.explain().contains(first),
          "the explanation names the features: " + code.explain());
      check(!code.toString().contains(first), "the log line names no feature: " + code);

      Result fraud = classifier.classify(FRAUD, "17012345678");
      check(fraud.category() == Category.FRAUD, "phishing is fraud: " + fraud);

      check(classifier.classify(UNSURE).isUnsure(), "a message with no visible text is unsure");
      check(same(classifier.classify("回复1领取\uD800"), classifier.classify("回复1领取\uFFFD")),
          "an unpaired surrogate reads as U+FFFD");
    }
  }

  private static void closedObjectsThrow(Model model) {
    Classifier classifier = new Classifier(model);
    classifier.close();
    classifier.close();
    checkThrows(
        IllegalStateException.class, () -> classifier.classify(CODE), "classify after close");

    Model other = Model.openFile(modelPath.toString());
    Classifier survivor = new Classifier(other);
    other.close();
    checkThrows(IllegalStateException.class,
        () -> new Classifier(other), "new Classifier on a closed model");
    check(survivor.classify(CODE).category() == Category.SECURITY,
        "a classifier outlives its model's close");
    survivor.close();
  }

  private static void badModelsThrowTheirCode() throws Exception {
    check(openFailure(() -> Model.openFile("/nonexistent/model.smsf")) == StatusCode.IO_ERROR,
        "a missing file is an I/O error");
    check(openFailure(() -> Model.openBuffer(ByteBuffer.allocate(64))) == StatusCode.BAD_MAGIC,
        "zeros are not a model");
    byte[] bytes = Files.readAllBytes(modelPath);
    bytes[bytes.length - 1] ^= 1;
    check(
        openFailure(() -> Model.openBuffer(ByteBuffer.wrap(bytes))) == StatusCode.CHECKSUM_MISMATCH,
        "a changed byte fails the checksum");
  }

  private static void buffersClassifyLikeTheFile(Model model) throws IOException {
    List<Result> expected = classifyAll(model);
    try (FileChannel channel = FileChannel.open(modelPath, StandardOpenOption.READ)) {
      MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
      try (Model fromMapped = Model.openBuffer(mapped)) {
        check(sameResults(expected, classifyAll(fromMapped)),
            "a mapped buffer classifies like the file");
      }
    }
    byte[] bytes = Files.readAllBytes(modelPath);
    ByteBuffer offset = ByteBuffer.allocateDirect(bytes.length + 3);
    offset.put(new byte[] {1, 2, 3}).put(bytes).position(3);
    try (Model fromDirect = Model.openBuffer(offset);
         Model fromHeap = Model.openBuffer(ByteBuffer.wrap(bytes))) {
      check(sameResults(expected, classifyAll(fromDirect)),
          "a direct buffer's remaining bytes are the model");
      check(sameResults(expected, classifyAll(fromHeap)), "a heap buffer classifies like the file");
    }
  }

  private static void threadsShareOneModel(Model model) throws Exception {
    List<Result> expected = classifyAll(model);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Boolean>> outcomes = new ArrayList<>();
    for (int t = 0; t < 8; ++t) {
      outcomes.add(pool.submit(() -> {
        try (Classifier classifier = new Classifier(model)) {
          for (int round = 0; round < 50; ++round) {
            for (int i = 0; i < MESSAGES.length; ++i) {
              if (!same(expected.get(i), classifier.classify(MESSAGES[i]))) return false;
            }
          }
        }
        return true;
      }));
    }
    for (Future<Boolean> outcome : outcomes) check(outcome.get(), "threads agree with one thread");
    pool.shutdown();
  }

  private static List<Result> classifyAll(Model model) {
    List<Result> results = new ArrayList<>();
    try (Classifier classifier = new Classifier(model)) {
      for (String message : MESSAGES) results.add(classifier.classify(message));
    }
    return results;
  }

  private static boolean same(Result a, Result b) {
    for (Category c : Category.values()) {
      if (a.probability(c) != b.probability(c)) return false;
    }
    return a.category() == b.category() && a.isUnsure() == b.isUnsure()
        && a.topFeatures().toString().equals(b.topFeatures().toString());
  }

  private static boolean sameResults(List<Result> a, List<Result> b) {
    for (int i = 0; i < a.size(); ++i) {
      if (!same(a.get(i), b.get(i))) return false;
    }
    return true;
  }

  public static void main(String[] args) throws Exception {
    modelPath = Paths.get(args[0]);
    try (Model model = Model.openFile(args[0])) {
      resultsAreDistributionsWithExplanations(model);
      closedObjectsThrow(model);
      badModelsThrowTheirCode();
      buffersClassifyLikeTheFile(model);
      threadsShareOneModel(model);
    }
    System.out.println(failures == 0 ? "all passed" : failures + " failed");
    System.exit(failures == 0 ? 0 : 1);
  }
}
