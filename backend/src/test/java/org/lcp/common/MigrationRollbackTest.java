package org.lcp.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Rolling back is deploying the previous release: it must start on a database that a newer release
 * has migrated further (Flyway's history then names a version this jar does not have).
 */
@QuarkusTest
class MigrationRollbackTest {

  @Inject Flyway flyway;
  @Inject DataSource dataSource;

  @Test
  void aDatabaseMigratedByANewerReleasePassesThisReleasesValidation() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "insert into flyway_schema_history (installed_rank, version, description, type, script,"
              + " checksum, installed_by, execution_time, success) values (9999, '9999',"
              + " 'from a newer release', 'SQL', 'V9999__newer.sql', 1, 'test', 1, true)");
      try {
        var result = flyway.validateWithResult();
        assertThat(result.validationSuccessful)
            .as("validation errors: %s", result.invalidMigrations)
            .isTrue();
      } finally {
        s.executeUpdate("delete from flyway_schema_history where installed_rank = 9999");
      }
    }
  }
}
