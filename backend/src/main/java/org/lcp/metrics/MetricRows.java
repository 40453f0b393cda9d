package org.lcp.metrics;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
 * Reads an upload, JSON or CSV, into numbered rows of text, streaming: a malformed document is
 * refused whole (400), a malformed row is kept to be rejected with its number.
 */
final class MetricRows {

  static final Set<String> COLUMNS =
      Set.of("organizationId", "measureKey", "period", "value", "numerator", "denominator");

  /**
   * Columns of the CSV export that an upload accepts and ignores, so an export can be uploaded
   * again.
   */
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
    static Row unreadable(int number, String problem) {
      return Row.unreadable(number, problem);
    }
  }

  /** Thrown past the row limit; answered 413. */
  static final class TooManyRows extends RuntimeException {
    TooManyRows() {
      super(null, null, false, false);
    }
  }

  private MetricRows() {}

  static List<Row> json(InputStream in, int maxRows) {
    List<Row> rows = new ArrayList<>();
    try (JsonParser p = StrictJson.factory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        throw malformed("the body must be a JSON array of rows");
      }
      int number = 0;
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw malformed("the JSON array is not closed");
        }
        number++;
        if (number > maxRows) {
          throw new TooManyRows();
        }
        if (t != JsonToken.START_OBJECT) {
          p.skipChildren();
          rows.add(
              new Row(
                  number,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  "row",
                  "each row must be a JSON object"));
          continue;
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
                  "unknown field; a row has "
                      + String.join(
                          ", ",
                          List.of(
                              "organizationId",
                              "measureKey",
                              "period",
                              "value",
                              "numerator",
                              "denominator"));
            }
            continue;
          }
          boolean numeric =
              name.equals("value") || name.equals("numerator") || name.equals("denominator");
          if (v == JsonToken.VALUE_NULL) {
            continue;
          }
          if (numeric && (v == JsonToken.VALUE_NUMBER_INT || v == JsonToken.VALUE_NUMBER_FLOAT)) {
            // the number as written (at most StrictJson.MAX_NUMBER_LENGTH characters), never
            // expanded:
            // 1e999999999 stays 11 characters until MetricValidation refuses it
            fields.put(name, p.getText());
          } else if (!numeric && v == JsonToken.VALUE_STRING) {
            fields.put(name, p.getText());
          } else {
            p.skipChildren();
            if (problem == null) {
              problemField = name;
              problem = numeric ? "must be a number" : "must be a string";
            }
          }
        }
        rows.add(
            new Row(
                number,
                fields.get("organizationId"),
                fields.get("measureKey"),
                fields.get("period"),
                fields.get("value"),
                fields.get("numerator"),
                fields.get("denominator"),
                problemField,
                problem));
      }
      if (p.nextToken() != null) {
        throw malformed("unexpected content after the JSON array");
      }
    } catch (StreamConstraintsException e) {
      throw malformed(
          "the body exceeds a JSON read limit"
              + (e.getLocation() == null
                  ? ""
                  : " at line "
                      + e.getLocation().getLineNr()
                      + ", column "
                      + e.getLocation().getColumnNr())
              + ": a number is written with at most "
              + StrictJson.MAX_NUMBER_LENGTH
              + " characters, a string at most "
              + StrictJson.MAX_STRING_LENGTH);
    } catch (JsonParseException e) {
      if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
        throw malformed(e.getOriginalMessage() + " in one row; send each field once");
      }
      throw malformed(
          "the body is not valid JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr());
    } catch (IOException e) {
      throw malformed("the body could not be read");
    }
    return rows;
  }

  static List<Row> csv(InputStream in, int maxRows) {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = r.readLine();
      if (header == null || header.isBlank()) {
        throw malformed(
            "the CSV file is empty; it needs a header row: organizationId,measureKey,period,value,"
                + "numerator,denominator");
      }
      if (header.startsWith("\uFEFF")) {
        header = header.substring(1);
      }
      List<String> names = split(header);
      Map<String, Integer> index = new HashMap<>();
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
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        number++;
        if (number > maxRows) {
          throw new TooManyRows();
        }
        List<String> cells = split(line);
        if (cells.size() > names.size()) {
          rows.add(
              Row.unreadable(
                  number, "has " + cells.size() + " cells; the header has " + names.size()));
          continue;
        }
        rows.add(
            new Row(
                number,
                cell(cells, index, "organizationId"),
                cell(cells, index, "measureKey"),
                cell(cells, index, "period"),
                cell(cells, index, "value"),
                cell(cells, index, "numerator"),
                cell(cells, index, "denominator"),
                null,
                null));
      }
    } catch (IOException e) {
      throw malformed("the body could not be read");
    }
    return rows;
  }

  private static String cell(List<String> cells, Map<String, Integer> index, String column) {
    Integer i = index.get(column);
    if (i == null || i >= cells.size()) {
      return null;
    }
    String v = cells.get(i).trim();
    return v.isEmpty() ? null : v;
  }

  /** Splits one CSV line (RFC 4180 quotes, doubled quotes inside). */
  static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          b.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          b.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(b.toString());
        b.setLength(0);
      } else {
        b.append(c);
      }
    }
    cells.add(b.toString());
    return cells;
  }

  static BigDecimal number(String s) {
    return s == null ? null : new BigDecimal(s);
  }

  private static ApiException malformed(String detail) {
    return new ApiException(
        400, org.lcp.common.error.ProblemTypes.MALFORMED, "Malformed request", detail, null, null);
  }
}
