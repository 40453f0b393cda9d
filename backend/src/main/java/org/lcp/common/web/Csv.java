package org.lcp.common.web;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Cells of every CSV the API writes (RFC 4180), safe to open in a spreadsheet: a text cell that
 * begins with {@code = + - @}, a tab or a carriage return would be read as a formula there (CSV
 * injection, OWASP), so it is written with a single quote before it; so is a text cell that already
 * begins with a quote, which makes the rule reversible ({@link #unneutralise}). Numbers are written
 * as numbers ({@code -3.5} stays {@code -3.5}), and so is a text cell that is a plain number.
 */
public final class Csv {

  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

  private Csv() {}

  /** A text cell: neutralised, then quoted when it holds a comma, quote or line break. */
  public static String text(String s) {
    if (s == null) {
      return "";
    }
    return quoted(neutralise(s));
  }

  /** A number cell, written plainly (no exponent, no trailing zeros); empty for none. */
  public static String number(BigDecimal n) {
    return n == null ? "" : n.stripTrailingZeros().toPlainString();
  }

  /** The text with a single quote before it when a spreadsheet would take it for a formula. */
  public static String neutralise(String s) {
    if (s.isEmpty()) {
      return s;
    }
    char first = s.charAt(0);
    boolean risky = isTrigger(first) && !PLAIN_NUMBER.matcher(s).matches();
    return risky || first == '\'' ? "'" + s : s;
  }

  /**
   * The text as it was before {@link #neutralise}: one leading quote comes off when a trigger
   * character or another quote follows it; any other text is returned as it is.
   */
  public static String unneutralise(String s) {
    if (s.length() > 1 && s.charAt(0) == '\'') {
      char second = s.charAt(1);
      if (isTrigger(second) || second == '\'') {
        return s.substring(1);
      }
    }
    return s;
  }

  private static boolean isTrigger(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  private static String quoted(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
