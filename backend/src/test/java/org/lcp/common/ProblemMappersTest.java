package org.lcp.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;
import org.lcp.common.error.ProblemMappers;
import org.lcp.common.error.Unavailable;

/** The mapping of failures nobody planned for, without HTTP. */
class ProblemMappersTest {

  @Test
  void anUnexpectedFailureBecomesA500ProblemThatLeaksNothing() {
    Response r =
        new ProblemMappers()
            .unexpected(
                new IllegalStateException("password=hunter2 at org.lcp.secret.Thing"), null);
    assertThat(r.getStatus()).isEqualTo(500);
    assertThat(r.getMediaType().toString()).isEqualTo("application/problem+json");
    @SuppressWarnings("unchecked")
    Map<String, Object> body = (Map<String, Object>) r.getEntity();
    assertThat(body)
        .containsEntry("type", "/problems/internal")
        .containsEntry("status", 500)
        .containsKeys("title", "detail", "errorId");
    assertThat(body.toString()).doesNotContain("hunter2", "IllegalStateException", "org.lcp");
    assertThat((String) body.get("detail")).contains((String) body.get("errorId"));
  }

  @Test
  void anUnavailableDatabaseIsA503WithRetryAfterNotABug() {
    for (Throwable e :
        new Throwable[] {
          new SQLException("An I/O error occurred while sending to the backend.", "08006"),
          new SQLException("terminating connection due to administrator command", "57P01"),
          new SQLException("the database system is starting up", "57P03"),
          new SQLException("canceling statement due to statement timeout", "57014"),
          new SQLException("sorry, too many clients already", "53300"),
          new SQLTransientConnectionException("gone"),
          new GenericJDBCException(
              "Unable to acquire JDBC Connection",
              new SQLException("Acquisition timeout while waiting for new connection")),
          new jakarta.persistence.PersistenceException(
              new jakarta.persistence.QueryTimeoutException("slow"))
        }) {
      Response r = new ProblemMappers().unexpected(new RuntimeException("wrapped", e), null);
      assertThat(r.getStatus()).as(e.toString()).isEqualTo(503);
      assertThat(r.getHeaderString("Retry-After")).isEqualTo("5");
      @SuppressWarnings("unchecked")
      Map<String, Object> body = (Map<String, Object>) r.getEntity();
      assertThat(body)
          .containsEntry("type", "/problems/service-unavailable")
          .containsEntry("status", 503);
      assertThat((String) body.get("detail")).contains("database");
      assertThat(body.toString()).doesNotContain("SQL", "Exception");
    }
  }

  @Test
  void otherDatabaseErrorsStayBugs() {
    assertThat(Unavailable.of(new SQLException("duplicate key", "23505"))).isEmpty();
    assertThat(Unavailable.of(new SQLException("no state"))).isEmpty();
    assertThat(Unavailable.of(new IllegalStateException("x"))).isEmpty();
    assertThat(
            new ProblemMappers().unexpected(new SQLException("syntax", "42601"), null).getStatus())
        .isEqualTo(500);
  }

  @Test
  void anUnreachableIdentityProviderIsA503AndABadTokenStaysA401() {
    OIDCException down =
        new OIDCException("OIDC server is not available at the 'quarkus.oidc.auth-server-url' URL");
    assertThat(Unavailable.of(down)).contains(Unavailable.Dependency.IDENTITY_PROVIDER);
    Response r =
        new ProblemMappers()
            .authenticationFailed(new AuthenticationFailedException(down), null, null);
    assertThat(r.getStatus()).isEqualTo(503);
    assertThat(r.getHeaderString("Retry-After")).isEqualTo("5");
    assertThat(Unavailable.of(new OIDCException("token is not valid"))).isEmpty();
  }
}
