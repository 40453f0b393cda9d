package org.lcp.common.web;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text search, shared by every list query: the searched text is matched literally. {@link
 * #containsPattern} escapes the LIKE wildcards ({@code %}, {@code _}) and the escape character
 * itself ({@code \}), and {@link #like} writes the condition with its explicit {@code ESCAPE '\'},
 * so the match does not depend on a database default.
 */
public final class Search {

  /** The escape character of every LIKE pattern the API writes. */
  public static final char ESCAPE = '\\';

  private Search() {}

  /** A LIKE pattern matching {@code s} literally, escaped with {@link #ESCAPE}. */
  public static String likeEscape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ESCAPE || c == '%' || c == '_') {
        b.append(ESCAPE);
      }
      b.append(c);
    }
    return b.toString();
  }

  /** "%text%" for a case-insensitive search of the trimmed, NFC-normalised, lower-cased text. */
  public static String containsPattern(String q) {
    String text = Normalizer.normalize(q.trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return "%" + likeEscape(text) + "%";
  }

  /**
   * The condition "{@code lower(expression)} contains the parameter", for JPQL and native SQL
   * alike: {@code lower(expression) like :parameter escape '\'}. Bind the parameter with {@link
   * #containsPattern}.
   */
  public static String like(String expression, String parameter) {
    return "lower(" + expression + ") like :" + parameter + " escape '" + ESCAPE + "'";
  }
}
