package org.lcp.metrics;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lcp.common.error.ApiException;
import org.lcp.common.web.StrictJson;

/**
 * Reads an upload, JSON or CSV, into numbered rows of text, one row at a time: a malformed document
 * is refused whole (400), a malformed row is kept to be rejected with its number.
 */
final class MetricRows {

  static final Set<String> COLUMNS =
      Set.of("organizationId", "measureKey", "period", "value", "numerator", "denominator");

  /**
   * Columns of the CSV export that an upload accepts and ignores, so an export can be uploaded
   * again.
   */
  /** The columns in the order of {@link Row}'s fields. */
  static final List<String> COLUMN_ORDER =
      List.of("organizationId", "measureKey", "period", "value", "numerator", "denominator");

  /** The longest CSV record (one row) read at all. */
  static final int MAX_RECORD_CHARS = 65536;

  static final Set<String> NUMERIC = Set.of("value", "numerator", "denominator");

  static final Set<String> IGNORED_COLUMNS = Set.of("organizationName", "source", "updatedAt");

  /** One row as sent; {@code problem} names a field that could not be read at all. */
  record Row(
      int number,
      String organizationId,
      String measureKey,
      String period,
      String value,
      String numerator,
      String denominator,
      String problemField,
      String problem) {

    /** A row that could not be read as a row at all. */
    static Row unreadable(int number, String field, String problem) {
      return new Row(number, null, null, null, null, null, null, field, problem);
    }
  }

  /** Thrown past the row limit; answered 413. */
  static final class TooManyRows extends RuntimeException {
    TooManyRows() {
      super(null, null, false, false);
    }
  }

  private MetricRows() {}

  /**
   * The rows of an upload, one at a time: only the row being read is in memory, so an upload of any
   * size is read in bounded memory. {@link #next()} answers null after the last row.
   */
  abstract static class Reader implements AutoCloseable {
    private final int maxRows;
    private int number;

    Reader(int maxRows) {
      this.maxRows = maxRows;
    }

    /** The next row; null after the last one; 400 for a malformed document, 413 past the limit. */
    final Row next() {
      try {
        return read();
      } catch (JsonParseException e) {
        if (e.getOriginalMessage() != null
            && e.getOriginalMessage().startsWith("Duplicate field")) {
          throw malformed(e.getOriginalMessage() + " in one row; send each field once");
        }
        throw malformed(
            "the body is not valid JSON at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr());
      } catch (StreamConstraintsException e) {
        throw malformed(
            "the JSON body after row " + number + " is refused: " + e.getOriginalMessage());
      } catch (IOException e) {
        throw malformed("the body could not be read");
      }
    }

    /** How many rows were read so far. */
    final int count() {
      return number;
    }

    /** Numbers the next row; past the limit the upload is refused. */
    final int number() {
      if (++number > maxRows) {
        throw new TooManyRows();
      }
      return number;
    }

    abstract Row read() throws IOException;

    @Override
    public abstract void close();
  }

  /** A reader of a JSON array of rows or a CSV file with a header row. */
  static Reader open(InputStream in, ImportFormat format, int maxRows) {
    return format == ImportFormat.CSV ? new Csv(in, maxRows) : new Json(in, maxRows);
  }

  /** Every row at once; for small uploads and tests. */
  static List<Row> json(InputStream in, int maxRows) {
    return all(new Json(in, maxRows));
  }

  /** Every row at once; for small uploads and tests. */
  static List<Row> csv(InputStream in, int maxRows) {
    return all(new Csv(in, maxRows));
  }

  private static List<Row> all(Reader reader) {
    try (reader) {
      List<Row> rows = new ArrayList<>();
      for (Row r = reader.next(); r != null; r = reader.next()) {
        rows.add(r);
      }
      return rows;
    }
  }

  /**
   * No string in an upload is long; a longer one is refused before it fills memory. A number may be
   * as long as a record while it is read, so that one over 32 characters is refused for its row and
   * field (a row rejection) rather than the whole document; it is never expanded (kept as written).
   * A key twice in one row refuses the document, as in every JSON body.
   */
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxStringLength(MAX_RECORD_CHARS)
                  .maxNumberLength(MAX_RECORD_CHARS)
                  .maxNestingDepth(StrictJson.MAX_NESTING_DEPTH)
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private static final class Json extends Reader {
    private final InputStream in;
    private JsonParser p;

    Json(InputStream in, int maxRows) {
      super(maxRows);
      this.in = in;
    }

    @Override
    Row read() throws IOException {
      if (p == null) {
        p = JSON.createParser(in);
        if (p.nextToken() != JsonToken.START_ARRAY) {
          throw malformed("the body must be a JSON array of rows");
        }
      }
      JsonToken t = p.nextToken();
      if (t == JsonToken.END_ARRAY) {
        if (p.nextToken() != null) {
          throw malformed("unexpected content after the JSON array");
        }
        return null;
      }
      if (t == null) {
        throw malformed("the JSON array is not closed");
      }
      int number = number();
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        return Row.unreadable(number, "row", "each row must be a JSON object");
      }
      Map<String, String> fields = new HashMap<>();
      String problemField = null;
      String problem = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (!COLUMNS.contains(name)) {
          p.skipChildren();
          if (problem == null) {
            problemField = name;
            problem =
                "unknown field; a row has organizationId, measureKey, period, value, numerator,"
                    + " denominator";
          }
          continue;
        }
        boolean numeric = NUMERIC.contains(name);
        if (v == JsonToken.VALUE_NULL) {
          continue;
        }
        String bad = null;
        if (numeric && (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT)) {
          bad = tooLong(p.getText());
          if (bad == null) {
            // the number as written, never expanded: 1e999999999 stays 11 characters until
            // MetricValidation refuses it
            fields.put(name, p.getText());
          }
        } else if (!numeric && v == JsonToken.VALUE_STRING) {
          fields.put(name, p.getText());
        } else {
          p.skipChildren();
          bad = numeric ? "must be a number" : "must be a string";
        }
        if (bad != null && problem == null) {
          problemField = name;
          problem = bad;
        }
      }
      return new Row(
          number,
          fields.get("organizationId"),
          fields.get("measureKey"),
          fields.get("period"),
          fields.get("value"),
          fields.get("numerator"),
          fields.get("denominator"),
          problemField,
          problem);
    }

    @Override
    public void close() {
      try {
        if (p != null) {
          p.close();
        }
        in.close();
      } catch (IOException e) {
        // nothing was written through it
      }
    }
  }

  private static final class Csv extends Reader {
    private final BufferedReader r;
    private List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    Csv(InputStream in, int maxRows) {
      super(maxRows);
      this.r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    @Override
    Row read() throws IOException {
      if (names == null) {
        header();
      }
      List<String> cells;
      do {
        cells = record();
        if (cells == null) {
          return null;
        }
      } while (cells.size() == 1 && cells.get(0).isBlank());
      int number = number();
      if (cells.size() > names.size()) {
        return Row.unreadable(
            number, "row", "has " + cells.size() + " cells; the header has " + names.size());
      }
      String[] v = new String[COLUMN_ORDER.size()];
      String problemField = null;
      String problem = null;
      for (int i = 0; i < v.length; i++) {
        String column = COLUMN_ORDER.get(i);
        Integer at = index.get(column);
        String raw = at == null || at >= cells.size() ? null : cells.get(at);
        try {
          v[i] = csvCell(raw, NUMERIC.contains(column));
        } catch (IllegalArgumentException e) {
          if (problem == null) {
            problemField = column;
            problem = e.getMessage();
          }
        }
      }
      return new Row(number, v[0], v[1], v[2], v[3], v[4], v[5], problemField, problem);
    }

    private void header() throws IOException {
      List<String> header = record();
      if (header == null || header.size() == 1 && header.get(0).isBlank()) {
        throw malformed(
            "the CSV file is empty; it needs a header row: organizationId,measureKey,period,value,"
                + "numerator,denominator");
      }
      if (header.get(0).startsWith("\uFEFF")) {
        header.set(0, header.get(0).substring(1));
      }
      names = header;
      for (int i = 0; i < names.size(); i++) {
        String n = names.get(i).trim();
        String known =
            COLUMNS.stream()
                .filter(c -> c.toLowerCase(Locale.ROOT).equals(n.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElse(null);
        if (known == null && IGNORED_COLUMNS.stream().anyMatch(c -> c.equalsIgnoreCase(n))) {
          continue;
        }
        if (known == null) {
          throw malformed(
              "unknown CSV column '"
                  + n
                  + "'; the columns are organizationId, measureKey, period, "
                  + "value, numerator, denominator (organizationName, source and updatedAt are ignored)");
        }
        index.put(known, i);
      }
      for (String required : List.of("measureKey", "period")) {
        if (!index.containsKey(required)) {
          throw malformed("the CSV header has no '" + required + "' column");
        }
      }
    }

    /**
     * The cells of the next record (RFC 4180: quoted cells may hold commas, doubled quotes and line
     * breaks); null at the end. A record longer than {@value #MAX_RECORD_CHARS} characters refuses
     * the upload (400), so that no line, however long, is held in memory.
     */
    private List<String> record() throws IOException {
      List<String> cells = new ArrayList<>();
      StringBuilder b = new StringBuilder();
      boolean quoted = false;
      int length = 0;
      int c = r.read();
      if (c < 0) {
        return null;
      }
      for (; c >= 0; c = r.read()) {
        if (++length > MAX_RECORD_CHARS) {
          throw malformed(
              "a CSV record after row "
                  + count()
                  + " is longer than "
                  + MAX_RECORD_CHARS
                  + " characters (an unclosed quote?)");
        }
        if (quoted) {
          if (c == '"') {
            r.mark(1);
            if (r.read() == '"') {
              b.append('"');
            } else {
              r.reset();
              quoted = false;
            }
          } else {
            b.append((char) c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          cells.add(b.toString());
          b.setLength(0);
        } else if (c == '\n') {
          break;
        } else if (c == '\r') {
          r.mark(1);
          if (r.read() != '\n') {
            r.reset();
          }
          break;
        } else {
          b.append((char) c);
        }
      }
      cells.add(b.toString());
      return cells;
    }

    @Override
    public void close() {
      try {
        r.close();
      } catch (IOException e) {
        // nothing was written through it
      }
    }
  }

  /** The longest numeric cell read at all: anything longer is refused before it is parsed. */
  static final int MAX_NUMBER_CHARS = 32;

  /**
   * One CSV cell as text: trimmed, empty as null; a text cell loses the quote that the export puts
   * before a leading = + - @ tab or CR ({@link org.lcp.common.web.Csv}); a numeric cell longer than
   * {@value #MAX_NUMBER_CHARS} characters is refused (IllegalArgumentException with the reason)
   * before anything parses it.
   */
  static String csvCell(String raw, boolean numeric) {
    if (raw == null) {
      return null;
    }
    String v = raw.trim();
    if (v.isEmpty()) {
      return null;
    }
    if (numeric) {
      String bad = tooLong(v);
      if (bad != null) {
        throw new IllegalArgumentException(bad);
      }
      return v;
    }
    return org.lcp.common.web.Csv.unneutralise(v);
  }

  private static String tooLong(String number) {
    return number.length() > MAX_NUMBER_CHARS
        ? "has " + number.length() + " characters; a number takes at most " + MAX_NUMBER_CHARS
        : null;
  }

  static BigDecimal number(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  private static ApiException malformed(String detail) {
    return new ApiException(
        400, org.lcp.common.error.ProblemTypes.MALFORMED, "Malformed request", detail, null, null);
  }
}
