package org.lcp.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.quarkus.arc.Arc;

/** Direct reads of the test database, to check what a request did or did not write. */
public final class Db {

  public static final List<String> TABLES = List.of("app_user", "organization", "membership", "machine_client",
      "collaborative", "faculty_assignment", "phase_transition", "learning_session", "audit_event",
      "readiness_item", "application", "application_status_change", "readiness_rating", "core_team_member",
      "session_commitment", "review", "team", "roster_member", "notification", "measure", "metric_value",
      "metric_value_revision", "period_unlock", "idempotency_record", "session_attendance",
      "session_attendance_revision", "call_series", "scheduled_call", "call_registration", "call_registration_attendee",
      "call_attendance", "calendar_feed_token");

  private Db() {
  }

  public static long count(String sql) {
    DataSource ds = Arc.container().instance(DataSource.class).get();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A fingerprint of every row of every table, to compare before and after a request that must
   * write nothing: any inserted, changed or deleted row changes it.
   */
  public static Map<String, String> snapshot() {
    Map<String, String> digests = new LinkedHashMap<>();
    for (String t : TABLES) {
      digests.put(t, text("select count(*) || ':' || coalesce(md5(string_agg(x::text, '|' order by x::text)), '') from "
          + t + " x"));
    }
    return digests;
  }

  /** For arranging a past that the API cannot make (e.g. a roster that started months ago). */
  public static int execute(String sql) {
    DataSource ds = Arc.container().instance(DataSource.class).get();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      return s.executeUpdate(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String text(String sql) {
    DataSource ds = Arc.container().instance(DataSource.class).get();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
