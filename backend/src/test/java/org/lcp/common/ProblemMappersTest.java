package org.lcp.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcp.common.error.ProblemMappers;

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
}
