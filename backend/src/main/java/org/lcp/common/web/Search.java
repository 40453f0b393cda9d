package org.lcp.common.web;

import java.util.Locale;

/** Text search helpers shared by list queries. */
public final class Search {

  private Search() {}

  /** A LIKE pattern matching {@code s} literally (backslash is PostgreSQL's default escape). */
  public static String likeEscape(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** "%text%" for a case-insensitive search of the trimmed, lower-cased text. */
  public static String containsPattern(String q) {
    return "%" + likeEscape(q.trim().toLowerCase(Locale.ROOT)) + "%";
  }
}
