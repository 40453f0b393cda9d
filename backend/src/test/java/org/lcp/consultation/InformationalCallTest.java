package org.lcp.consultation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;

/**
 * Informational calls before applications open: visible to members of any registered organisation,
 * organisations register who will join, faculty see registrations and who attended, and an
 * application shows whether its organisation attended one.
 */
@QuarkusTest
class InformationalCallTest {

  final Person admin = Person.admin();
  Person lead;

  static String local(long hoursFromNow) {
    return LocalDateTime.now(ZoneId.of("America/New_York"))
        .plusHours(hoursFromNow)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
  }

  static Map<String, Object> call(String leadId, String start) {
    Map<String, Object> b = new HashMap<>();
    b.put("kind", "INFORMATIONAL");
    b.put("topic", "What the TF-CBT collaborative asks of a site");
    b.put("start", start);
    b.put("timeZone", "America/New_York");
    b.put("durationMinutes", 60);
    b.put("facilitatorUserId", leadId);
    b.put("audience", "COLLABORATIVE");
    b.put("mode", "VIDEO");
    b.put("joinUrl", "https://video.example.org/info");
    return b;
  }

  static Map<String, Object> attendee(String name, String email) {
    return Map.of("name", name, "email", email);
  }

  @Test
  void organisationsRegisterFacultySeeWhoAttendedAndTheApplicationShowsIt() {
    lead = Fixtures.signIn(Person.faculty());
    Map<String, Object> body = new HashMap<>();
    body.put("title", "Announced " + UUID.randomUUID());
    body.put("practice", "TF-CBT");
    body.put("kind", "LEARNING_COLLABORATIVE");
    body.put("applicationsOpenAt", Instant.now().minus(1, ChronoUnit.DAYS).toString());
    body.put("applicationsCloseAt", Instant.now().plus(30, ChronoUnit.DAYS).toString());
    String collaborative =
        Api.as(lead)
            .body(body)
            .post("/api/collaboratives")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Fixtures.advance(lead, collaborative, "ANNOUNCED");
    String leadId = Api.as(lead).get("/api/me").then().extract().path("userId");
    String orgA = Fixtures.organization(admin);
    String orgB = Fixtures.organization(admin);
    Person a = Fixtures.member(admin, orgA, "SENIOR_LEADER");
    Person b = Fixtures.member(admin, orgB, "SENIOR_LEADER");
    Person nobody = Fixtures.signIn(Person.member());

    Map<String, Object> forATeam = call(leadId, local(48));
    forATeam.put("audience", "TEAM");
    forATeam.put("teamId", UUID.randomUUID().toString());
    Api.as(lead)
        .body(forATeam)
        .post("/api/collaboratives/{c}/calls", collaborative)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("audience"));
    String info =
        Api.as(lead)
            .body(call(leadId, local(48)))
            .post("/api/collaboratives/{c}/calls", collaborative)
            .then()
            .statusCode(201)
            .body("kind", equalTo("INFORMATIONAL"))
            .extract()
            .path("id");

    // any member of a registered organisation sees it; someone of no organisation does not
    Api.as(a)
        .get("/api/collaboratives/{c}/calls", collaborative)
        .then()
        .statusCode(200)
        .body("items.id", contains(info));
    Api.as(nobody)
        .get("/api/collaboratives/{c}/calls", collaborative)
        .then()
        .statusCode(200)
        .body("items", empty());
    Api.as(nobody).get("/api/calls/{id}", info).then().statusCode(404);

    // registrations
    String reg = "/api/calls/{id}/registrations";
    var created =
        Api.as(a)
            .body(
                Map.of(
                    "organizationId",
                    orgA,
                    "attendees",
                    List.of(
                        attendee("Ann Able", "ann@a.example.org"),
                        attendee("Bob Baker", "bob@a.example.org"))))
            .post(reg, info)
            .then()
            .statusCode(201)
            .body("organizationId", equalTo(orgA))
            .body("attended", equalTo(false))
            .body("attendees.name", contains("Ann Able", "Bob Baker"))
            .body("registeredBy", equalTo(a.name()))
            .extract();
    String registration = created.path("id");
    String ann = created.path("attendees[0].id");
    org.assertj.core.api.Assertions.assertThat(created.header("Location"))
        .endsWith("/registrations/" + registration);
    Api.as(a)
        .body(
            Map.of("organizationId", orgB, "attendees", List.of(attendee("X", "x@b.example.org"))))
        .post(reg, info)
        .then()
        .statusCode(403);
    Api.as(a)
        .body(
            Map.of("organizationId", orgA, "attendees", List.of(attendee("X", "x@a.example.org"))))
        .post(reg, info)
        .then()
        .statusCode(409);
    Api.as(b)
        .body(
            Map.of(
                "organizationId",
                orgB,
                "attendees",
                List.of(
                    attendee("Bea", "bea@b.example.org"),
                    attendee("Bea again", "BEA@b.example.org"))))
        .post(reg, info)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("attendees[1].email"));
    String registrationB =
        Api.as(b)
            .body(
                Map.of(
                    "organizationId",
                    orgB,
                    "attendees",
                    List.of(attendee("Bea Brown", "bea@b.example.org"))))
            .post(reg, info)
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    Api.as(a)
        .get(reg, info)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo(registration));
    Api.as(lead).get(reg, info).then().statusCode(200).body("total", equalTo(2));
    // the list carries each registration's ETag, the same as the one its creation answered
    String etag = Api.as(a).get(reg, info).then().extract().path("items[0].etag");
    org.assertj.core.api.Assertions.assertThat(etag).isEqualTo(created.header("ETag"));
    Api.as(a)
        .body(Map.of("attendees", List.of(attendee("Ann Able", "ANN@a.example.org"))))
        .put(reg + "/{r}", info, registration)
        .then()
        .statusCode(428);
    Api.as(a)
        .header("If-Match", etag)
        .body(
            Map.of(
                "attendees",
                List.of(
                    attendee("Ann Able", "ANN@a.example.org"),
                    attendee("Cid Cole", "cid@a.example.org"))))
        .put(reg + "/{r}", info, registration)
        .then()
        .statusCode(200)
        .body("attendees.name", contains("Ann Able", "Cid Cole"))
        .body("attendees[0].id", equalTo(ann))
        .body("etag", org.hamcrest.Matchers.not(equalTo(etag)));
    // a change from a stale list is refused
    Api.as(a)
        .header("If-Match", etag)
        .body(Map.of("attendees", List.of(attendee("Ann Able", "ann@a.example.org"))))
        .put(reg + "/{r}", info, registration)
        .then()
        .statusCode(412);
    Api.as(a)
        .header("If-Match", "\"0\"")
        .body(Map.of("attendees", List.of(attendee("Z", "z@b.example.org"))))
        .put(reg + "/{r}", info, registrationB)
        .then()
        .statusCode(404);
    Api.as(a).delete(reg + "/{r}", info, registrationB).then().statusCode(404);
    Api.as(b).delete(reg + "/{r}", info, registrationB).then().statusCode(204);
    Api.as(lead).get(reg, info).then().body("total", equalTo(1));

    // a consultation call takes no registrations
    Map<String, Object> consultation = call(leadId, local(72));
    consultation.remove("kind");
    String cc =
        Api.as(lead)
            .body(consultation)
            .post("/api/collaboratives/{c}/calls", collaborative)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.as(admin)
        .body(
            Map.of("organizationId", orgA, "attendees", List.of(attendee("X", "x@a.example.org"))))
        .post(reg, cc)
        .then()
        .statusCode(409)
        .body("detail", containsString("only informational calls"));

    // the call takes place (moved to an hour ago): registrations close, faculty record who attended
    String callETag = Fixtures.etag(lead, "/api/calls/{id}", info);
    Api.as(lead)
        .header("If-Match", callETag)
        .body(without(call(leadId, local(-1)), "kind"))
        .put("/api/calls/{id}", info)
        .then()
        .statusCode(200)
        .body("sequence", equalTo(1));
    Api.as(b)
        .body(
            Map.of(
                "organizationId",
                orgB,
                "attendees",
                List.of(attendee("Bea Brown", "bea@b.example.org"))))
        .post(reg, info)
        .then()
        .statusCode(409)
        .body("detail", containsString("registrations close"));
    String sheetETag =
        Api.as(lead)
            .get("/api/calls/{id}/attendance", info)
            .then()
            .statusCode(200)
            .body("kind", equalTo("INFORMATIONAL"))
            .body("people.name", contains("Ann Able", "Cid Cole"))
            .body("people.rosterMemberId", contains(nullValue(), nullValue()))
            .extract()
            .header("ETag");
    Api.as(lead)
        .header("If-Match", sheetETag)
        .body(Map.of("records", List.of(Map.of("rosterMemberId", ann, "status", "PRESENT"))))
        .put("/api/calls/{id}/attendance", info)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("records[0].rosterMemberId"));
    Api.as(lead)
        .header("If-Match", sheetETag)
        .body(Map.of("records", List.of(Map.of("attendeeId", ann, "status", "PRESENT"))))
        .put("/api/calls/{id}/attendance", info)
        .then()
        .statusCode(200)
        .body("state", equalTo("HELD"));
    Api.as(lead)
        .get(reg, info)
        .then()
        .body("items[0].attended", equalTo(true))
        .body("items[0].attendees.status", contains(equalTo("PRESENT"), nullValue()));
    Api.as(a)
        .get("/api/calls/{id}/attendance", info)
        .then()
        .statusCode(200)
        .body("people", hasSize(2));
    Api.as(b)
        .get("/api/calls/{id}/attendance", info)
        .then()
        .statusCode(200)
        .body("people", empty());

    // applications open: no more informational calls; each application says whether its
    // organisation attended one
    Fixtures.advance(lead, collaborative, "APPLICATIONS_OPEN");
    Api.as(lead)
        .body(call(leadId, local(96)))
        .post("/api/collaboratives/{c}/calls", collaborative)
        .then()
        .statusCode(409);
    Api.as(a)
        .body(Map.of("collaborativeId", collaborative, "organizationId", orgA))
        .post("/api/applications")
        .then()
        .statusCode(201)
        .body("attendedInformationalCall", equalTo(true));
    Api.as(b)
        .body(Map.of("collaborativeId", collaborative, "organizationId", orgB))
        .post("/api/applications")
        .then()
        .statusCode(201)
        .body("attendedInformationalCall", equalTo(false));
  }

  static Map<String, Object> without(Map<String, Object> m, String key) {
    Map<String, Object> copy = new HashMap<>(m);
    copy.remove(key);
    return copy;
  }
}
