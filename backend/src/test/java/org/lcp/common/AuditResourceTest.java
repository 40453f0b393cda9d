package org.lcp.common;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;
import org.lcp.support.TestTokens;

@QuarkusTest
class AuditResourceTest {

  final Person admin = Person.admin();

  @Test
  void onlyAdminsReadTheAuditTrail() {
    String org = Fixtures.organization(admin);
    Person leader = Fixtures.member(admin, org, "SENIOR_LEADER");
    Person faculty = Fixtures.signIn(Person.faculty());
    Api.as(leader).get("/api/audit-events").then().statusCode(403);
    Api.as(faculty).get("/api/audit-events").then().statusCode(403);
    Api.as(TestTokens.machine("m-" + UUID.randomUUID()))
        .get("/api/audit-events")
        .then()
        .statusCode(403);
    Api.anonymous().get("/api/audit-events").then().statusCode(401);
  }

  @Test
  void everyChangeIsRecordedWithItsActorAndCanBeFiltered() {
    Instant start = Instant.now();
    Person lead = Fixtures.signIn(Person.faculty());
    String id = Fixtures.collaborative(lead);
    String leadId = Api.as(lead).get("/api/me").then().extract().path("userId");
    Fixtures.advance(lead, id, "ANNOUNCED");
    String sessionId =
        Api.as(lead)
            .get("/api/collaboratives/{id}/learning-sessions", id)
            .then()
            .extract()
            .path("items[0].id");
    Api.as(lead)
        .header("If-Match", "\"0\"")
        .body(Map.of("number", 1, "title", "Kick-off", "mode", "VIRTUAL"))
        .put("/api/collaboratives/{c}/learning-sessions/{s}", id, sessionId)
        .then()
        .statusCode(200);

    Api.as(admin)
        .queryParam("actor", leadId)
        .queryParam("size", 50)
        .get("/api/audit-events")
        .then()
        .statusCode(200)
        .body(
            "items.action",
            contains(
                "learning-session.updated", "collaborative.phase-changed", "collaborative.created"))
        .body("items.actorKind", everyItem(equalTo("PERSON")))
        .body("items.actorSubject", everyItem(equalTo(lead.subject())))
        .body("items[0].before.title", equalTo("Learning Session 1"))
        .body("items[0].after.title", equalTo("Kick-off"))
        .body("items[1].before.phase", equalTo("DRAFT"));

    Api.as(admin)
        .queryParam("entityType", "collaborative")
        .queryParam("entityId", id)
        .get("/api/audit-events")
        .then()
        .body("total", equalTo(2));
    Api.as(admin)
        .queryParam("actor", leadId)
        .queryParam("from", start.toString())
        .queryParam("size", 1)
        .get("/api/audit-events")
        .then()
        .body("total", equalTo(3))
        .body("items.action", contains("learning-session.updated"));
    Api.as(admin)
        .queryParam("actor", leadId)
        .queryParam("to", start.toString())
        .get("/api/audit-events")
        .then()
        .body("total", equalTo(0));
  }
}
