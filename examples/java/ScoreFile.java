// Scores an evaluation file through jixiao's C ABI from Java, with JNA (Debian: libjna-java),
// and prints its total and grade.
//
//   java -cp /usr/share/java/jna.jar ScoreFile.java EVALUATION.json [LIBRARY]
//       →   changji-2023.json: total 88.26, grade 良
//
// LIBRARY is the path of libjixiao_c.so; by default JNA finds "jixiao_c" on jna.library.path
// or LD_LIBRARY_PATH. The total arrives as decimal text and becomes a BigDecimal exactly,
// never a double.
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

public final class ScoreFile {
  /** The functions of jixiao.h this example uses; size_t is a long on 64-bit Linux. */
  public interface Jixiao extends Library {
    int jixiao_abi_version();
    String jixiao_last_error_message();
    void jixiao_free(Pointer text);
    int jixiao_evaluation_parse(byte[] json, long length, String source, PointerByReference out);
    int jixiao_evaluation_free(Pointer evaluation);
    int jixiao_score(Pointer evaluation, PointerByReference scorecard);
    int jixiao_scorecard_free(Pointer scorecard);
    int jixiao_scorecard_total(Pointer scorecard, PointerByReference total);
    int jixiao_scorecard_grade(Pointer scorecard, PointerByReference grade);
  }

  /** A failed call, with jixiao's message (its error id, file, line and indicator). */
  static final class JixiaoException extends RuntimeException {
    JixiaoException(int status, String message) {
      super("error " + status + ": " + message);
    }
  }

  private final Jixiao lib;

  ScoreFile(String library) {
    lib = Native.load(library, Jixiao.class, Map.of(Library.OPTION_STRING_ENCODING, "UTF-8"));
    if (lib.jixiao_abi_version() != 1) {
      throw new IllegalStateException("libjixiao_c has ABI " + lib.jixiao_abi_version());
    }
  }

  private void check(int status) {
    if (status != 0) throw new JixiaoException(status, lib.jixiao_last_error_message());
  }

  /** Text given by the library, copied into a String; the original is freed. */
  private String text(Pointer text) {
    try {
      return text.getString(0, "UTF-8");
    } finally {
      lib.jixiao_free(text);
    }
  }

  /** The total and grade of an evaluation file's JSON. */
  String[] totalAndGrade(byte[] json, String source) {
    PointerByReference evaluation = new PointerByReference();
    PointerByReference card = new PointerByReference();
    try {
      check(lib.jixiao_evaluation_parse(json, json.length, source, evaluation));
      check(lib.jixiao_score(evaluation.getValue(), card));
      PointerByReference total = new PointerByReference();
      check(lib.jixiao_scorecard_total(card.getValue(), total));
      BigDecimal exact = new BigDecimal(text(total.getValue()));
      PointerByReference grade = new PointerByReference();
      check(lib.jixiao_scorecard_grade(card.getValue(), grade));
      return new String[] {exact.toPlainString(), text(grade.getValue())};
    } finally {
      lib.jixiao_scorecard_free(card.getValue()); // NULL (never scored) is ignored
      lib.jixiao_evaluation_free(evaluation.getValue());
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: ScoreFile EVALUATION.json [LIBRARY]");
      System.exit(2);
    }
    // UTF-8 whatever the locale: grades are Chinese (Java 17 prints "?" under LANG=C).
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
                                      StandardCharsets.UTF_8);
    ScoreFile jixiao = new ScoreFile(args.length == 2 ? args[1] : "jixiao_c");
    try {
      String[] result = jixiao.totalAndGrade(Files.readAllBytes(Path.of(args[0])), args[0]);
      out.println(args[0] + ": total " + result[0] + ", grade " + result[1]);
    } catch (JixiaoException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    }
  }
}
