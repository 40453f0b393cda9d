package org.lcp.common.error;

/**
 * One invalid input item: which field, where it came from (body, path, query, header) and what is
 * wrong.
 */
public record Violation(String field, String in, String message) {

  public static Violation body(String field, String message) {
    return new Violation(field, "body", message);
  }

  public static Violation query(String field, String message) {
    return new Violation(field, "query", message);
  }
}
