package org.lcp.support;

import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Direct reads of the test database, to check what a request did or did not write. */
public final class Db {

  /** Flyway's own bookkeeping, which is not the application's data. */
  private static final String FLYWAY_HISTORY = "flyway_schema_history";

  /**
   * The rate limiter's buckets (common/ratelimit): every request, even one that must write nothing,
   * spends from its caller's bucket; a record of requests, not the application's data.
   */
  private static final String RATE_LIMITS = "rate_limit_bucket";

  private Db() {}

  public static long count(String sql) {
    DataSource ds = Arc.container().instance(DataSource.class).get();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Every table of the application: each base table of the public schema but Flyway's history and
   * the rate limiter's buckets, read from the database itself, so that a table a migration adds is
   * covered without naming it here.
   */
  public static List<String> tables() {
    DataSource ds = Arc.container().instance(DataSource.class).get();
    List<String> tables = new ArrayList<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select table_name from information_schema.tables where table_schema = 'public'"
                    + " and table_type = 'BASE TABLE' and table_name not in ('"
                    + FLYWAY_HISTORY
                    + "', '"
                    + RATE_LIMITS
                    + "') order by table_name")) {
      while (r.next()) {
        tables.add(r.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    if (tables.isEmpty()) {
      throw new IllegalStateException(
          "no table in the public schema: a fingerprint of nothing could never differ");
    }
    return tables;
  }

  /**
   * A fingerprint of every row of every table (see {@link #tables()}), to compare before and after
   * a request that must write nothing: any inserted, changed or deleted row changes it.
   */
  public static Map<String, String> snapshot() {
    Map<String, String> digests = new LinkedHashMap<>();
    for (String t : tables()) {
      digests.put(
          t,
          text(
              "select count(*) || ':' || coalesce(md5(string_agg(x::text, '|' order by x::text)), '') from "
                  + "\""
                  + t
                  + "\" x"));
    }
    return digests;
  }

  /** For arranging a past that the API cannot make (e.g. a roster that started months ago). */
  public static int execute(String sql) {
    DataSource ds = Arc.container().instance(DataSource.class).get();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      return s.executeUpdate(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String text(String sql) {
    DataSource ds = Arc.container().instance(DataSource.class).get();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
