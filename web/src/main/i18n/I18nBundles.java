import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the portal's UTF-8 message sources (this folder) into the ASCII bundles the application
 * loads (web/src/main/resources/com/tierwise/web/i18n), every non-ASCII character as a
 * backslash-u escape, as native2ascii did: any server reads those the same, whatever charset it
 * assumes for .properties files. messages_en.properties also becomes the base messages.properties.
 *
 * <p>It checks the sources first: every language has the English keys (locale.* only in
 * English), a value with MessageFormat arguments ({0}) uses the same arguments as in English and
 * parses, and apostrophes are written the way MessageFormat (doubled) or plain text (single)
 * shows them.
 *
 * <pre>
 *   java web/src/main/i18n/I18nBundles.java           # regenerate after editing a source
 *   java web/src/main/i18n/I18nBundles.java --check   # fail if the bundles are out of date
 * </pre>
 *
 * Run from the repository root (or pass it as the last argument). Needs only JDK 11+.
 */
public class I18nBundles {

  static final List<String> LANGUAGES = List.of("en", "tr", "ar", "fa");
  static final String ENGLISH_ONLY_PREFIX = "locale.";
  static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

  public static void main(String[] args) throws IOException {
    boolean check = List.of(args).contains("--check");
    Path root = Path.of(args.length > 0 && !args[args.length - 1].startsWith("--") ? args[args.length - 1] : ".");
    Path sources = root.resolve("web/src/main/i18n");
    Path target = root.resolve("web/src/main/resources/com/tierwise/web/i18n");
    if (!Files.isDirectory(sources)) {
      System.err.println("No " + sources + ": run from the repository root or pass it as an argument.");
      System.exit(2);
    }

    List<String> problems = new ArrayList<>();
    Properties english = load(sources.resolve("messages_en.properties"));
    for (String language : LANGUAGES) {
      Properties messages = load(sources.resolve("messages_" + language + ".properties"));
      validate(language, messages, english, problems);
    }
    if (!problems.isEmpty()) {
      problems.forEach(problem -> System.err.println("  " + problem));
      System.err.println(problems.size() + " problem(s) in " + sources);
      System.exit(1);
    }

    List<String> stale = new ArrayList<>();
    Files.createDirectories(target);
    for (String language : LANGUAGES) {
      Path source = sources.resolve("messages_" + language + ".properties");
      List<String> outputs = new ArrayList<>(List.of("messages_" + language + ".properties"));
      if (language.equals("en")) {
        outputs.add("messages.properties");
      }
      for (String output : outputs) {
        String generated = escape(source, Files.readString(source, StandardCharsets.UTF_8));
        Path file = target.resolve(output);
        boolean same = Files.exists(file) && Files.readString(file, StandardCharsets.ISO_8859_1).equals(generated);
        if (check) {
          if (!same) {
            stale.add(file.toString());
          }
        } else if (!same) {
          Files.writeString(file, generated, StandardCharsets.ISO_8859_1);
          System.out.println("wrote " + file);
        }
      }
    }
    if (check && !stale.isEmpty()) {
      stale.forEach(file -> System.err.println("  out of date: " + file));
      System.err.println("Run: java web/src/main/i18n/I18nBundles.java");
      System.exit(1);
    }
    System.out.println(check ? "Bundles are up to date." : "Bundles are up to date with " + sources + ".");
  }

  static Properties load(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    for (String line : text.split("\n", -1)) {
      if (!line.startsWith("#") && line.endsWith("\\")) {
        throw new IllegalArgumentException(file + ": continuation lines are not supported: " + line);
      }
    }
    Properties properties = new Properties();
    properties.load(new StringReader(text));
    return properties;
  }

  static void validate(String language, Properties messages, Properties english, List<String> problems) {
    Set<String> expected = new TreeSet<>();
    for (String key : english.stringPropertyNames()) {
      if (language.equals("en") || !key.startsWith(ENGLISH_ONLY_PREFIX)) {
        expected.add(key);
      }
    }
    Set<String> actual = new TreeSet<>(messages.stringPropertyNames());
    for (String key : expected) {
      if (!actual.contains(key)) {
        problems.add(language + ": missing " + key);
      }
    }
    for (String key : actual) {
      if (!expected.contains(key)) {
        problems.add(language + ": " + key + " is not in English" + (key.startsWith(ENGLISH_ONLY_PREFIX) ? " (language names live only in messages_en)" : ""));
      }
      String value = messages.getProperty(key);
      Set<String> arguments = arguments(value);
      if (english.containsKey(key) && !arguments.equals(arguments(english.getProperty(key)))) {
        problems.add(language + ": " + key + " uses arguments " + arguments + ", English " + arguments(english.getProperty(key)));
      }
      if (arguments.isEmpty()) {
        if (value.contains("''")) {
          problems.add(language + ": " + key + " has no arguments, so '' shows as two apostrophes; write '");
        }
      } else {
        if (value.replace("''", "").contains("'")) {
          problems.add(language + ": " + key + " is a MessageFormat pattern: write an apostrophe as ''");
        }
        try {
          new MessageFormat(value);
        } catch (IllegalArgumentException e) {
          problems.add(language + ": " + key + " is not a valid MessageFormat pattern: " + e.getMessage());
        }
      }
    }
  }

  static Set<String> arguments(String value) {
    Set<String> arguments = new TreeSet<>();
    Matcher matcher = ARGUMENT.matcher(value);
    while (matcher.find()) {
      arguments.add(matcher.group(1));
    }
    return arguments;
  }

  static String escape(Path source, String text) {
    StringBuilder out = new StringBuilder();
    out.append("# GENERATED from web/src/main/i18n/").append(source.getFileName())
        .append(" by I18nBundles.java: edit the source, not this file.\n");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        continue;
      }
      if (c > 0x7e || (c < 0x20 && c != '\n' && c != '\t')) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
