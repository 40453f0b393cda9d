package org.lcp.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
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
  void onlyAdminsExportTheAuditTrail() {
    String org = Fixtures.organization(admin);
    Person leader = Fixtures.member(admin, org, "SENIOR_LEADER");
    Person faculty = Fixtures.signIn(Person.faculty());
    Api.as(leader).get("/api/audit-events/export").then().statusCode(403);
    Api.as(faculty).get("/api/audit-events/export").then().statusCode(403);
    Api.as(TestTokens.machine("m-" + UUID.randomUUID()))
        .get("/api/audit-events/export")
        .then()
        .statusCode(403);
    Api.anonymous().get("/api/audit-events/export").then().statusCode(401);
  }

  @Test
  void whoIsFoundByNameOrEmailPartOrByTheRecordedNameOfADataSystem() {
    Person editor = Fixtures.signIn(Person.create("editor", "admin"));
    String org = Fixtures.organization(editor);
    String marker = editor.email().substring("editor-".length(), "editor-".length() + 8);
    String machine = "ehr-feed-" + UUID.randomUUID();
    insert(Instant.now(), "MACHINE_CLIENT", null, machine, "metric-values.imported", org, null);

    // part of the e-mail (any case), part of the name
    Api.as(admin)
        .queryParam("actorSearch", "EDITOR-" + marker.toUpperCase())
        .get("/api/audit-events")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].action", equalTo("organization.created"))
        .body("items[0].actorName", equalTo(editor.name()));
    Api.as(admin)
        .queryParam("actorSearch", "editor " + marker)
        .get("/api/audit-events")
        .then()
        .body("items.action", contains("organization.created"));
    // a data system by the name recorded with the event; the LIKE wildcards are literal
    Api.as(admin)
        .queryParam("actorSearch", machine.substring(4))
        .get("/api/audit-events")
        .then()
        .body("items.actorName", contains(machine))
        .body("items.actorKind", contains("MACHINE_CLIENT"));
    Api.as(admin)
        .queryParam("actorSearch", "ehr%feed-" + machine.substring(9))
        .get("/api/audit-events")
        .then()
        .body("total", equalTo(0));
  }

  @Test
  void aSearchMatchingMoreThanAThousandActorsStillFindsTheirEvents() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String org = UUID.randomUUID().toString();
    UUID someone = UUID.randomUUID();
    sql(
        "insert into app_user (id, email, name, created_at) select case when g = 1 then '"
            + someone
            + "'::uuid else gen_random_uuid() end, 'crowd-"
            + marker
            + "-' || g || '@test.example.org', 'Crowd ' || g, now()"
            + " from generate_series(1, 1001) g");
    sql(
        "insert into audit_event (id, occurred_at, actor_kind, actor_name, action, entity_type,"
            + " organization_id) select gen_random_uuid(), now() - g * interval '1 second',"
            + " 'MACHINE_CLIENT', 'feed-"
            + marker
            + "-' || g, 'x.imported', 'audit', '"
            + org
            + "'::uuid from generate_series(1, 1001) g");
    insert(Instant.now(), "PERSON", someone, "Crowd 1", "x.by-a-person", org, null);

    Api.as(admin)
        .queryParam("actorSearch", "crowd-" + marker)
        .get("/api/audit-events")
        .then()
        .body("items.action", contains("x.by-a-person"));
    Api.as(admin)
        .queryParam("actorSearch", "FEED-" + marker)
        .queryParam("size", 1)
        .get("/api/audit-events")
        .then()
        .body("total", equalTo(1001))
        .body("items.actorName", contains("feed-" + marker + "-1"));
  }

  @Test
  void whatIsAnExactActionAnActionPrefixASubjectOrEverythingOfACollaborativeOrOrganisation() {
    Person lead = Fixtures.signIn(Person.faculty());
    String leadId = Api.as(lead).get("/api/me").then().extract().path("userId");
    String id = Fixtures.collaborative(lead);
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
    String org = Fixtures.organization(admin);
    Api.as(admin)
        .header("If-Match", "\"0\"")
        .body(Map.of("name", "Renamed " + UUID.randomUUID(), "city", "Chicago"))
        .put("/api/organizations/{id}", org)
        .then()
        .statusCode(200);

    Api.as(admin)
        .queryParam("actor", leadId)
        .queryParam("actionPrefix", "collaborative.")
        .get("/api/audit-events")
        .then()
        .body("items.action", contains("collaborative.phase-changed", "collaborative.created"));
    Api.as(admin)
        .queryParam("actor", leadId)
        .queryParam("action", "collaborative.")
        .get("/api/audit-events")
        .then()
        .body("total", equalTo(0));
    Api.as(admin)
        .queryParam("actor", leadId)
        .queryParam("action", "collaborative.created")
        .get("/api/audit-events")
        .then()
        .body("items.action", contains("collaborative.created"));
    // the subject's type alone, and with its id
    Api.as(admin)
        .queryParam("actor", leadId)
        .queryParam("entityType", "learning-session")
        .get("/api/audit-events")
        .then()
        .body("items.action", contains("learning-session.updated"))
        .body("items[0].entityId", equalTo(sessionId));
    // everything recorded against the collaborative, whatever its subject
    Api.as(admin)
        .queryParam("collaborativeId", id)
        .get("/api/audit-events")
        .then()
        .body(
            "items.action",
            containsInAnyOrder(
                "learning-session.updated", "collaborative.phase-changed", "collaborative.created"))
        .body("items.collaborativeId", everyItem(equalTo(id)));
    Api.as(admin)
        .queryParam("organizationId", org)
        .get("/api/audit-events")
        .then()
        .body("items.action", contains("organization.updated", "organization.created"))
        .body("items[0].before.city", equalTo(null))
        .body("items[0].after.city", equalTo("Chicago"));
    Api.as(admin)
        .queryParam("organizationId", org)
        .queryParam("collaborativeId", id)
        .get("/api/audit-events")
        .then()
        .body("total", equalTo(0));
  }

  @Test
  void whenIsAHalfOpenIntervalAndAReversedOneIsRefused() {
    String org = UUID.randomUUID().toString();
    Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(3, ChronoUnit.DAYS);
    insert(t.minus(1, ChronoUnit.DAYS), "SYSTEM", null, "system", "x.first", org, null);
    insert(t, "SYSTEM", null, "system", "x.second", org, null);
    insert(t.plus(1, ChronoUnit.DAYS), "SYSTEM", null, "system", "x.third", org, null);

    Api.as(admin)
        .queryParam("organizationId", org)
        .get("/api/audit-events")
        .then()
        .body("items.action", contains("x.third", "x.second", "x.first"));
    Api.as(admin)
        .queryParam("organizationId", org)
        .queryParam("from", t.toString())
        .queryParam("to", t.plus(1, ChronoUnit.DAYS).toString())
        .get("/api/audit-events")
        .then()
        .body("items.action", contains("x.second"));
    Api.as(admin)
        .queryParam("organizationId", org)
        .queryParam("from", t.toString())
        .queryParam("to", t.toString())
        .get("/api/audit-events")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    Api.as(admin)
        .queryParam("organizationId", org)
        .queryParam("from", t.plusSeconds(1).toString())
        .queryParam("to", t.toString())
        .get("/api/audit-events")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("from"));
  }

  @Test
  void boundsOfTheFiltersAreChecked() {
    Api.badInput(admin)
        .queryParam("actorSearch", "x".repeat(101))
        .get("/api/audit-events")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    Api.badInput(admin)
        .queryParam("collaborativeId", "not-a-uuid")
        .get("/api/audit-events")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void theFilteredTrailIsACsvFileSafeToOpenInASpreadsheet() {
    String org = UUID.randomUUID().toString();
    Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    insert(t.minusSeconds(5), "MACHINE_CLIENT", null, "=HYPERLINK(\"x\")", "x.older", org, "-1");
    insert(t, "SYSTEM", null, "system", "x.newer", org, "because, \"quoted\"");

    var response =
        Api.as(admin)
            .queryParam("organizationId", org)
            .get("/api/audit-events/export")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .header("Content-Disposition", startsWith("attachment; filename="))
            .header("X-Truncated", "false")
            .extract()
            .asString();
    List<String> lines = response.lines().toList();
    assertThat(lines)
        .containsExactly(
            "occurredAt,actorKind,actorName,actorUserId,action,entityType,entityId,organizationId,"
                + "collaborativeId,reason,before,after",
            t + ",SYSTEM,system,,x.newer,audit,," + org + ",,\"because, \"\"quoted\"\"\",,",
            t.minusSeconds(5)
                + ",MACHINE_CLIENT,\"'=HYPERLINK(\"\"x\"\")\",,x.older,audit,,"
                + org
                + ",,-1,,");
  }

  private static void sql(String statement) {
    DataSource ds = Arc.container().instance(DataSource.class).get();
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement(statement)) {
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An event written as the audit log would, with a chosen time and actor. */
  private static void insert(
      Instant at,
      String kind,
      UUID userId,
      String name,
      String action,
      String organizationId,
      String reason) {
    DataSource ds = Arc.container().instance(DataSource.class).get();
    try (Connection c = ds.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "insert into audit_event (id, occurred_at, actor_kind, actor_user_id, actor_name,"
                    + " action, entity_type, organization_id, reason)"
                    + " values (?, ?, ?, ?, ?, ?, 'audit', ?::uuid, ?)")) {
      s.setObject(1, UUID.randomUUID());
      s.setTimestamp(2, Timestamp.from(at));
      s.setString(3, kind);
      s.setObject(4, userId);
      s.setString(5, name);
      s.setString(6, action);
      s.setString(7, organizationId);
      s.setString(8, reason);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
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
