package org.lcp.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migrations may run longer than the pool's statement timeout (a backfill of a large deployment's
 * values took more than its 8 s), and only they: the db/migration callback sets a transaction-local
 * timeout, so a connection that ran a migration goes back to the pool with the 8 s it had. Checked
 * with Flyway itself on a scratch database, over connections opened with the API's own options, and
 * a test-only migration that records the timeout it ran under.
 */
class MigrationTimeoutTest {

  static final String BASE =
      System.getenv()
          .getOrDefault("LCP_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/lcp_test")
          .replaceAll("/[^/]*$", "/");
  static final String DB = "lcp_t_migration_timeout";
  static final String OPTIONS = "?options=-c%20statement_timeout=8s";

  @Test
  void aMigrationRunsPastThePoolsStatementTimeoutAndTheConnectionKeepsIt() throws Exception {
    try (Connection admin = DriverManager.getConnection(BASE + "postgres", "postgres", "");
        Statement s = admin.createStatement()) {
      s.execute("drop database if exists " + DB);
      s.execute("create database " + DB);
    }
    String url = BASE + DB + OPTIONS;
    Flyway.configure()
        .dataSource(url, "postgres", "")
        .locations("classpath:db/migration", "classpath:db/probe")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url, "postgres", "");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select statement_timeout from migration_probe")) {
      r.next();
      assertThat(r.getString(1)).as("the timeout a migration ran with").isEqualTo("30min");
      try (ResultSet now = s.executeQuery("show statement_timeout")) {
        now.next();
        assertThat(now.getString(1)).as("a connection's own timeout").isEqualTo("8s");
      }
    }
  }
}
