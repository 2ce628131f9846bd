// Classifies each line of a text file with the Java binding.
// usage: java -Djava.library.path=DIR -cp smsfilter.jar:. ClassifyMessages MODEL.smsf MESSAGES.txt
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.smsfilter.Classifier;
import org.smsfilter.Model;
import org.smsfilter.Result;

public final class ClassifyMessages {
  public static void main(String[] args) throws Exception {
    // One model per process, shared by every thread; one classifier per thread.
    try (Model model = Model.openFile(args[0]); Classifier classifier = new Classifier(model)) {
      for (String message : Files.readAllLines(Paths.get(args[1]), StandardCharsets.UTF_8)) {
        Result result = classifier.classify(message);
        System.out.printf("%-11s %.2f%s  %s%n", result.category(), result.confidence(),
            result.isUnsure() ? " (unsure)" : "", message);
        System.out.println("            because of " + result.topFeatures());
      }
    }
  }
}
