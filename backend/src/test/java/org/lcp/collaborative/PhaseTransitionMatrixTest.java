package org.lcp.collaborative;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lcp.support.Api;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;

/**
 * Every phase × every target, through the API: lead faculty may take exactly the next step, an
 * admin additionally any earlier phase (with a reason); everything else is refused with 409 and
 * leaves the collaborative where it was.
 */
@QuarkusTest
class PhaseTransitionMatrixTest {

  final Person admin = Person.admin();

  @ParameterizedTest
  @EnumSource(CollaborativeKind.class)
  void everyForbiddenTransitionIsRefused(CollaborativeKind kind) {
    Person lead = Fixtures.signIn(Person.faculty());
    String id = Fixtures.collaborative(lead, kind.toString());
    List<Phase> path = Phases.path(kind);
    for (int i = 0; i < path.size(); i++) {
      Phase current = path.get(i);
      String etag = Fixtures.etag(lead, "/api/collaboratives/{id}", id);
      for (Phase target : Phase.values()) {
        boolean next = i + 1 < path.size() && path.get(i + 1) == target;
        boolean earlier = path.subList(0, i).contains(target);
        if (!next) {
          Api.as(lead)
              .header("If-Match", etag)
              .body(Map.of("to", target.toString(), "reason", "test"))
              .post("/api/collaboratives/{id}/phase-transitions", id)
              .then()
              .statusCode(409)
              .body("type", equalTo("/problems/invalid-phase-transition"))
              .body("currentPhase", equalTo(current.toString()));
        }
        if (!next && !earlier) {
          Api.as(admin)
              .header("If-Match", etag)
              .body(Map.of("to", target.toString(), "reason", "test"))
              .post("/api/collaboratives/{id}/phase-transitions", id)
              .then()
              .statusCode(409)
              .body("allowedTransitions.size()", equalTo((i + 1 < path.size() ? 1 : 0) + i));
        }
      }
      Api.as(lead)
          .get("/api/collaboratives/{id}", id)
          .then()
          .body("phase", equalTo(current.toString()))
          .header("ETag", equalTo(etag));
      if (i + 1 < path.size()) {
        Fixtures.advance(lead, id, path.get(i + 1).toString());
      }
    }
    // at the end, an admin may reopen to any earlier phase
    String etag = Fixtures.etag(admin, "/api/collaboratives/{id}", id);
    Api.as(admin)
        .header("If-Match", etag)
        .body(Map.of("to", "DRAFT", "reason", "start over"))
        .post("/api/collaboratives/{id}/phase-transitions", id)
        .then()
        .statusCode(200)
        .body("phase", equalTo("DRAFT"))
        .body("allowedTransitions", equalTo(Arrays.asList("ANNOUNCED")));
  }
}
