package org.lcp.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each package owns its tables, and no other package names them in SQL or JPQL: what the import
 * graph ({@link ArchitectureTest}) cannot see. A table's owner is the feature package of its entity
 * (org.lcp.FEATURE..); a table without an entity is declared in {@link #WITHOUT_ENTITY}. Every
 * string literal of backend/src/main/java/org/lcp/FEATURE (chains of literals joined by `+` read as
 * one) that looks like a query is searched for table names after from, join, into, update, table,
 * using, copy or a comma, and for entity names in JPQL. The demo package, which seeds everything,
 * is exempt.
 */
class TableOwnershipTest {

  static final Path SOURCES = Path.of("src/main/java/org/lcp");
  static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  /** Tables that no entity maps, with the package that owns them. */
  static final Map<String, String> WITHOUT_ENTITY =
      Map.of(
          "default_readiness_item",
              "application", // the readiness items a new collaborative starts from
          "metric_value_revision", "metrics", // written set-based with the values, read by reports
          "metric_value_tally", "metrics", // values per measure and team, kept by triggers (V20)
          "rate_limit_bucket", "common", // the rate limiter's token buckets, one upsert per request
          // versions per collaborative and topic: written by V19's triggers, read for ETags
          "data_version", "common",
          // the bytes of library files, written and read chunk by chunk with JDBC (PgBlobStore)
          "library_blob", "library",
          "library_blob_chunk", "library",
          // downloads and opens per library item and month, one upsert per download
          "library_usage", "library");

  static final Set<String> EXEMPT = Set.of("demo");

  /**
   * Quartz's own tables (V14, the clustered job store of org.lcp.common.scheduling): Quartz reads
   * and writes them, no package of ours names them.
   */
  static final String QUARTZ_PREFIX = "qrtz_";

  record Owned(String owner, String table, String entityName) {}

  record Naming(String pkg, String file, int line, String kind, String name, String owner) {
    @Override
    public String toString() {
      return pkg + " " + file + ":" + line + " names " + kind + " " + name + " owned by " + owner;
    }
  }

  @Test
  void everyTableHasExactlyOneOwner() {
    Set<String> tables = migratedTables();
    Map<String, List<String>> owners = new TreeMap<>();
    for (Owned o : entities()) {
      owners
          .computeIfAbsent(o.table(), t -> new ArrayList<>())
          .add(o.owner() + " (entity " + o.entityName() + ")");
    }
    WITHOUT_ENTITY.forEach(
        (t, o) -> owners.computeIfAbsent(t, x -> new ArrayList<>()).add(o + " (declared here)"));
    tables.stream()
        .filter(t -> t.startsWith(QUARTZ_PREFIX))
        .forEach(t -> owners.computeIfAbsent(t, x -> new ArrayList<>()).add("common (Quartz)"));

    assertThat(tables).as("tables created by the migrations").isNotEmpty();
    Set<String> unowned = new TreeSet<>(tables);
    unowned.removeAll(owners.keySet());
    assertThat(unowned)
        .as("tables without an owner: map them with an @Entity or declare them in WITHOUT_ENTITY")
        .isEmpty();
    Set<String> unknown = new TreeSet<>(owners.keySet());
    unknown.removeAll(tables);
    assertThat(unknown).as("owned tables that no migration creates").isEmpty();
    Map<String, List<String>> twice = new TreeMap<>(owners);
    twice.values().removeIf(o -> o.size() == 1);
    assertThat(twice).as("tables with more than one owner").isEmpty();
  }

  @Test
  void noPackageNamesAnotherPackagesTables() {
    Map<String, String> tableOwner = new TreeMap<>(WITHOUT_ENTITY);
    migratedTables().stream()
        .filter(t -> t.startsWith(QUARTZ_PREFIX))
        .forEach(t -> tableOwner.put(t, "common"));
    Map<String, String> entityOwner = new TreeMap<>();
    for (Owned o : entities()) {
      tableOwner.put(o.table(), o.owner());
      entityOwner.put(o.entityName(), o.owner());
    }
    List<Naming> found = new ArrayList<>();
    for (Path file : javaSources()) {
      String pkg = SOURCES.relativize(file).getName(0).toString();
      if (EXEMPT.contains(pkg) || SOURCES.relativize(file).getNameCount() == 1) {
        continue;
      }
      String shown = SOURCES.relativize(file).toString();
      for (Chain chain : Literals.chains(read(file))) {
        if (!looksLikeAQuery(chain.text())) {
          continue;
        }
        for (Found f : namesIn(chain.text(), tableOwner.keySet(), entityOwner.keySet())) {
          String owner =
              f.kind().equals("table") ? tableOwner.get(f.name()) : entityOwner.get(f.name());
          if (!owner.equals(pkg)) {
            found.add(new Naming(pkg, shown, chain.lineAt(f.offset()), f.kind(), f.name(), owner));
          }
        }
      }
    }
    assertThat(found)
        .as("SQL or JPQL that names another package's tables (%d places)", found.size())
        .extracting(Naming::toString)
        .isEmpty();
  }

  // --- what each package owns

  static List<Owned> entities() {
    List<Owned> owned = new ArrayList<>();
    var classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.lcp");
    for (JavaClass c : classes) {
      if (!c.isAnnotatedWith(Entity.class)) {
        continue;
      }
      String entityName = c.getAnnotationOfType(Entity.class).name();
      if (entityName.isEmpty()) {
        // JPA's default: the unqualified name, which for a nested class keeps its outer class
        // (Team$RosterMember)
        entityName = c.getName().substring(c.getName().lastIndexOf('.') + 1);
      }
      String table =
          c.isAnnotatedWith(Table.class) ? c.getAnnotationOfType(Table.class).name() : "";
      if (table.isEmpty()) {
        table = entityName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('$', '_').toLowerCase();
      }
      owned.add(new Owned(feature(c.getPackageName()), table.toLowerCase(), entityName));
    }
    return owned;
  }

  static String feature(String packageName) {
    String rest = packageName.substring("org.lcp.".length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  static Set<String> migratedTables() {
    Pattern create =
        Pattern.compile(
            "(?i)\\bcreate\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?"
                + "(?:public\\.)?([a-z_][a-z0-9_]*)");
    Pattern drop =
        Pattern.compile(
            "(?i)\\bdrop\\s+table\\s+(?:if\\s+exists\\s+)?(?:public\\.)?([a-z_][a-z0-9_]*)");
    Pattern rename =
        Pattern.compile(
            "(?i)\\balter\\s+table\\s+(?:if\\s+exists\\s+)?(?:public\\.)?([a-z_][a-z0-9_]*)"
                + "\\s+rename\\s+to\\s+([a-z_][a-z0-9_]*)");
    Set<String> tables = new TreeSet<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      // V1__x.sql, V2__y.sql, ... in version order
      List<Path> sorted =
          files
              .filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
              .sorted((a, b) -> Integer.compare(version(a), version(b)))
              .toList();
      for (Path f : sorted) {
        String sql = read(f).replaceAll("--[^\n]*", "");
        Matcher m =
            Pattern.compile(create.pattern() + "|" + drop.pattern() + "|" + rename.pattern())
                .matcher(sql);
        while (m.find()) {
          if (m.group(1) != null) {
            tables.add(m.group(1).toLowerCase());
          } else if (m.group(2) != null) {
            tables.remove(m.group(2).toLowerCase());
          } else {
            tables.remove(m.group(3).toLowerCase());
            tables.add(m.group(4).toLowerCase());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tables;
  }

  static int version(Path migration) {
    String name = migration.getFileName().toString();
    return Integer.parseInt(name.substring(1, name.indexOf("__")));
  }

  // --- what a package's strings name

  /**
   * A query, not a sentence: SQL's or JPQL's verbs and clauses ("removed from team" is not one).
   */
  static boolean looksLikeAQuery(String text) {
    return Pattern.compile(
            "(?is)^\\s*(from|delete|update)\\s|\\bselect\\s.+\\bfrom\\s|\\binsert\\s+into\\s"
                + "|\\bupdate\\s+\\S+\\s+(\\S+\\s+)?set\\s|\\bdelete\\s+from\\s|\\bjoin\\s+\\S+.*\\bon\\s|\\bwhere\\s"
                + "|\\bcopy\\s+\\S+|\\btruncate\\s|\\bon\\s+conflict\\b")
        .matcher(text)
        .find();
  }

  record Found(String kind, String name, int offset) {}

  static List<Found> namesIn(String text, Set<String> tables, Set<String> entities) {
    List<Found> found = new ArrayList<>();
    // SQL: lower-case table names after the words that introduce one, or after a comma in a FROM
    // list
    Matcher sql =
        Pattern.compile(
                "(?i)\\b(?:from|join|into|update|table|using|copy|truncate)\\s+(?:only\\s+)?"
                    + "(?:public\\.)?([a-z_][a-z0-9_]*)\\b|,\\s*(?:public\\.)?([a-z_][a-z0-9_]*)\\s+(?:as\\s+)?[a-z_]\\w*"
                    + "\\s*(?=,|\\bwhere\\b|\\bjoin\\b|\\bon\\b|\\)|$)")
            .matcher(text);
    while (sql.find()) {
      int g = sql.group(1) != null ? 1 : 2;
      if (tables.contains(sql.group(g))) {
        found.add(new Found("table", sql.group(g), sql.start(g)));
      }
    }
    // JPQL: entity names (case-sensitive, possibly Outer$Nested) in the same places
    Matcher jpql =
        Pattern.compile(
                "\\b(?:from|FROM|join|JOIN|update|UPDATE|into|INTO)\\s+([A-Z][\\w$]*)"
                    + "|,\\s*([A-Z][\\w$]*)\\s+[a-z]\\w*")
            .matcher(text);
    while (jpql.find()) {
      int g = jpql.group(1) != null ? 1 : 2;
      if (entities.contains(jpql.group(g))) {
        found.add(new Found("entity", jpql.group(g), jpql.start(g)));
      }
    }
    return found;
  }

  static List<Path> javaSources() {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One logical string: literals joined by `+`, a non-literal operand standing as " ? ". */
  record Chain(String text, int[] lines) {
    int lineAt(int offset) {
      return lines[Math.min(offset, lines.length - 1)];
    }
  }

  /**
   * Just enough of Java's lexical grammar to find string literals: comments, chars, strings, text
   * blocks.
   */
  static final class Literals {

    record Token(
        char kind,
        String text,
        int line) { // kind: 's' string, '+' plus, 'n' name, 'x' anything else
    }

    static List<Chain> chains(String src) {
      List<Token> tokens = tokens(src);
      List<Chain> chains = new ArrayList<>();
      int i = 0;
      while (i < tokens.size()) {
        if (tokens.get(i).kind() != 's') {
          i++;
          continue;
        }
        StringBuilder text = new StringBuilder();
        List<Integer> lines = new ArrayList<>();
        int j = i;
        while (true) {
          Token t = tokens.get(j);
          String piece = t.kind() == 's' ? t.text() : " ? ";
          for (int k = 0; k < piece.length(); k++) {
            lines.add(t.line() + (t.kind() == 's' ? countNewlines(t.text(), k) : 0));
          }
          text.append(piece);
          // continue over `+ "..."` and `+ name` (a variable or constant between literals)
          if (j + 2 < tokens.size()
              && tokens.get(j + 1).kind() == '+'
              && (tokens.get(j + 2).kind() == 's' || tokens.get(j + 2).kind() == 'n')) {
            j += 2;
          } else {
            break;
          }
        }
        chains.add(
            new Chain(text.toString(), lines.stream().mapToInt(Integer::intValue).toArray()));
        i = j + 1;
      }
      return chains;
    }

    private static int countNewlines(String s, int upTo) {
      int n = 0;
      for (int k = 0; k < upTo; k++) {
        if (s.charAt(k) == '\n') {
          n++;
        }
      }
      return n;
    }

    static List<Token> tokens(String src) {
      List<Token> tokens = new ArrayList<>();
      int line = 1;
      int i = 0;
      int n = src.length();
      while (i < n) {
        char c = src.charAt(i);
        if (c == '\n') {
          line++;
          i++;
        } else if (Character.isWhitespace(c)) {
          i++;
        } else if (src.startsWith("//", i)) {
          while (i < n && src.charAt(i) != '\n') {
            i++;
          }
        } else if (src.startsWith("/*", i)) {
          int end = src.indexOf("*/", i + 2);
          end = end < 0 ? n : end + 2;
          line += countNewlines(src.substring(i, end), end - i);
          i = end;
        } else if (src.startsWith("\"\"\"", i)) {
          int start = src.indexOf('\n', i) + 1;
          int end = src.indexOf("\"\"\"", start);
          int startLine = line + 1;
          line += countNewlines(src.substring(i, end + 3), end + 3 - i);
          tokens.add(new Token('s', src.substring(start, end), startLine));
          i = end + 3;
        } else if (c == '"' || c == '\'') {
          StringBuilder text = new StringBuilder();
          int j = i + 1;
          while (j < n && src.charAt(j) != c) {
            if (src.charAt(j) == '\\' && j + 1 < n) {
              char e = src.charAt(j + 1);
              text.append(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? ' ' : e);
              j += 2;
            } else {
              text.append(src.charAt(j++));
            }
          }
          if (c == '"') {
            // a literal's "\n" is not a line of the file: keep the file's line for all of it
            tokens.add(new Token('s', text.toString().replace('\n', ' '), line));
          } else {
            tokens.add(new Token('x', "'", line));
          }
          i = j + 1;
        } else if (c == '+'
            && !(i + 1 < n && (src.charAt(i + 1) == '+' || src.charAt(i + 1) == '='))) {
          tokens.add(new Token('+', "+", line));
          i++;
        } else if (Character.isJavaIdentifierStart(c)) {
          int j = i;
          while (j < n && (Character.isJavaIdentifierPart(src.charAt(j)) || src.charAt(j) == '.')) {
            j++;
          }
          // a name followed by "(" is a call, whose result we cannot read
          int k = j;
          while (k < n && src.charAt(k) == ' ') {
            k++;
          }
          boolean call = k < n && src.charAt(k) == '(';
          tokens.add(new Token(call ? 'x' : 'n', src.substring(i, j), line));
          i = j;
        } else {
          tokens.add(new Token('x', String.valueOf(c), line));
          i++;
        }
      }
      return tokens;
    }
  }
}
