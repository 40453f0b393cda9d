package org.lcp.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;

/**
 * Registrations are their organisation's to change (the collaborative's faculty see them and get
 * 403), and a CLOSED collaborative's calls, series, archive, attendance and registrations are
 * read-only: every write answers 409 and writes nothing, while reading goes on.
 */
@QuarkusTest
class ClosedCollaborativeCallTest {

  final Person admin = Person.admin();

  /** A call for the whole community (an informational call, unless another kind is given). */
  static Map<String, Object> call(String leadId, String kind, String start) {
    Map<String, Object> b = InformationalCallTest.call(leadId, start);
    b.put("kind", kind);
    return b;
  }

  static Map<String, Object> series(String leadId) {
    Map<String, Object> b = call(leadId, "CONSULTATION", null);
    b.remove("start");
    b.put("weekday", "MONDAY");
    b.put("startTime", "12:00");
    b.put("startDate", "2030-02-25");
    b.put("intervalWeeks", 2);
    b.put("count", 3);
    return b;
  }

  static Map<String, Object> attendees(String email) {
    return Map.of("attendees", List.of(Map.of("name", "Ann Able", "email", email)));
  }

  @Test
  void
      facultySeeRegistrationsButOnlyTheirOrganisationChangesThemAndAClosedCollaborativeTakesNoWrites() {
    Person lead = Fixtures.signIn(Person.faculty());
    String community = Fixtures.collaborative(lead, "LEARNING_COMMUNITY");
    Fixtures.advance(lead, community, "ANNOUNCED");
    String leadId = Api.as(lead).get("/api/me").then().extract().path("userId");
    String orgA = Fixtures.organization(admin);
    String orgB = Fixtures.organization(admin);
    Person a = Fixtures.member(admin, orgA, "SENIOR_LEADER");
    Person b = Fixtures.member(admin, orgB, "SENIOR_LEADER");

    String info =
        Api.as(lead)
            .body(call(leadId, "INFORMATIONAL", InformationalCallTest.local(72)))
            .post("/api/collaboratives/{c}/calls", community)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String past =
        Api.as(lead)
            .body(call(leadId, "CONSULTATION", InformationalCallTest.local(-2)))
            .post("/api/collaboratives/{c}/calls", community)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    var created =
        Api.as(lead)
            .body(series(leadId))
            .post("/api/collaboratives/{c}/call-series", community)
            .then()
            .statusCode(201)
            .extract();
    String seriesId = created.path("id");
    List<String> seriesCalls = created.path("calls.id");
    String reg = "/api/calls/{id}/registrations";
    String registration =
        Api.as(a)
            .body(
                Map.of(
                    "organizationId",
                    orgA,
                    "attendees",
                    List.of(Map.of("name", "Ann Able", "email", "ann@a.example.org"))))
            .post(reg, info)
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    // the collaborative's faculty see the registration and may not change or withdraw it; another
    // organisation does not see it
    Api.as(lead)
        .get(reg, info)
        .then()
        .statusCode(200)
        .body("items.id", org.hamcrest.Matchers.contains(registration));
    String etag = Api.as(a).get(reg, info).then().extract().path("items[0].etag");
    Api.as(lead)
        .header("If-Match", etag)
        .body(attendees("x@a.example.org"))
        .put(reg + "/{r}", info, registration)
        .then()
        .statusCode(403)
        .body("detail", containsString("members of the registered organisation"));
    Api.as(lead).delete(reg + "/{r}", info, registration).then().statusCode(403);
    Api.as(b)
        .header("If-Match", etag)
        .body(attendees("x@a.example.org"))
        .put(reg + "/{r}", info, registration)
        .then()
        .statusCode(404);
    Api.as(b).delete(reg + "/{r}", info, registration).then().statusCode(404);
    Api.as(a)
        .get(reg, info)
        .then()
        .body("items[0].attendees.email", org.hamcrest.Matchers.contains("ann@a.example.org"));

    Fixtures.advance(lead, community, "ACTIVE", "SUSTAINING", "CLOSED");
    String callETag = Fixtures.etag(lead, "/api/calls/{id}", past);
    String seriesETag = Fixtures.etag(lead, "/api/call-series/{id}", seriesId);
    String sheetETag = Fixtures.etag(lead, "/api/calls/{id}/attendance", past);
    Map<String, String> before = Db.snapshot();

    String closed = "the collaborative is CLOSED";
    Api.as(b)
        .body(
            Map.of(
                "organizationId",
                orgB,
                "attendees",
                List.of(Map.of("name", "Bea", "email", "b@b.org"))))
        .post(reg, info)
        .then()
        .statusCode(409)
        .body("detail", containsString(closed));
    Api.as(a)
        .header("If-Match", etag)
        .body(attendees("x@a.example.org"))
        .put(reg + "/{r}", info, registration)
        .then()
        .statusCode(409)
        .body("detail", containsString(closed));
    Api.as(a)
        .delete(reg + "/{r}", info, registration)
        .then()
        .statusCode(409)
        .body("detail", containsString(closed));
    Api.as(admin).delete(reg + "/{r}", info, registration).then().statusCode(409);
    Api.as(lead).delete(reg + "/{r}", info, registration).then().statusCode(403);
    Api.as(lead)
        .body(call(leadId, "CONSULTATION", "2030-05-01T10:00"))
        .post("/api/collaboratives/{c}/calls", community)
        .then()
        .statusCode(409)
        .body("detail", containsString(closed));
    Api.as(lead)
        .body(series(leadId))
        .post("/api/collaboratives/{c}/call-series", community)
        .then()
        .statusCode(409);
    Api.as(lead)
        .header("If-Match", callETag)
        .body(without(call(leadId, "CONSULTATION", "2030-05-01T10:00"), "kind"))
        .put("/api/calls/{id}", past)
        .then()
        .statusCode(409);
    Api.as(lead)
        .header("If-Match", callETag)
        .body(Map.of("reason", "x"))
        .post("/api/calls/{id}/cancellation", past)
        .then()
        .statusCode(409);
    Api.as(lead)
        .header("If-Match", callETag)
        .body(Map.of("topicsCovered", List.of("Caregivers")))
        .put("/api/calls/{id}/archive", past)
        .then()
        .statusCode(409);
    Api.as(lead)
        .header("If-Match", sheetETag)
        .body(
            Map.of(
                "records",
                List.of(
                    Map.of("rosterMemberId", UUID.randomUUID().toString(), "status", "PRESENT"))))
        .put("/api/calls/{id}/attendance", past)
        .then()
        .statusCode(409);
    Map<String, Object> change = series(leadId);
    change.remove("startDate");
    change.remove("kind");
    change.put("fromCallId", seriesCalls.get(1));
    Api.as(lead)
        .header("If-Match", seriesETag)
        .body(change)
        .put("/api/call-series/{id}", seriesId)
        .then()
        .statusCode(409);
    Api.as(lead)
        .header("If-Match", seriesETag)
        .body(Map.of())
        .post("/api/call-series/{id}/cancellation", seriesId)
        .then()
        .statusCode(409);
    assertThat(Db.snapshot()).isEqualTo(before);

    // reading goes on; the sheet is no longer recordable
    Api.as(lead)
        .get("/api/collaboratives/{c}/calls", community)
        .then()
        .statusCode(200)
        .body("total", equalTo(5));
    Api.as(lead)
        .get("/api/calls/{id}/attendance", past)
        .then()
        .statusCode(200)
        .body("recordable", equalTo(false));
    Api.as(a).get(reg, info).then().statusCode(200).body("total", equalTo(1));
    Api.as(lead).get("/api/call-series/{id}", seriesId).then().statusCode(200);
  }

  static Map<String, Object> without(Map<String, Object> m, String key) {
    Map<String, Object> copy = new HashMap<>(m);
    copy.remove(key);
    return copy;
  }
}
