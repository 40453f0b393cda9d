package org.lcp.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.MockMail;
import org.lcp.support.Person;
import org.lcp.support.Statements;

/**
 * Webinars (issue 16, point 3): calls open to the wider network with a capacity in seats; beyond it
 * registrations wait in line, first come first; freed seats confirm the first in line in the same
 * transaction and tell who registered it; the call's row lock keeps concurrent registrations and
 * withdrawals from over-filling it; 409s and who may do what.
 */
@QuarkusTest
class WebinarTest {

  @Inject MockMailbox mailbox;
  @Inject org.hibernate.SessionFactory sessions;

  final Person admin = Person.admin();
  Person lead;
  String leadId;
  String collaborative;
  final ExecutorService pool = Executors.newFixedThreadPool(4);

  @BeforeEach
  void world() {
    lead = Fixtures.signIn(Person.faculty());
    collaborative = Fixtures.collaborative(lead);
    Fixtures.advance(lead, collaborative, "ANNOUNCED");
    leadId = Api.as(lead).get("/api/me").then().extract().path("userId");
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  record Org(String id, Person member) {}

  Org org() {
    String id = Fixtures.organization(admin);
    return new Org(id, Fixtures.member(admin, id, "CLINICIAN"));
  }

  String webinar(Integer capacity) {
    Map<String, Object> b = InformationalCallTest.call(leadId, InformationalCallTest.local(72));
    b.put("kind", "WEBINAR");
    b.put("topic", "Trauma screening in schools");
    if (capacity != null) {
      b.put("capacity", capacity);
    }
    return Api.as(lead)
        .body(b)
        .post("/api/collaboratives/{c}/calls", collaborative)
        .then()
        .statusCode(201)
        .body("kind", equalTo("WEBINAR"))
        .extract()
        .path("id");
  }

  static List<Map<String, Object>> people(String org, int n) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          InformationalCallTest.attendee(
              "Attendee " + i, "a" + i + "-" + org.substring(0, 8) + "@example.org"));
    }
    return out;
  }

  io.restassured.response.Response register(Org o, String call, int attendees) {
    return Api.as(o.member())
        .body(Map.of("organizationId", o.id(), "attendees", people(o.id(), attendees)))
        .post("/api/calls/{id}/registrations", call);
  }

  String registered(Org o, String call, int attendees, String status) {
    return register(o, call, attendees)
        .then()
        .statusCode(201)
        .body("status", equalTo(status))
        .extract()
        .path("id");
  }

  /** A registration's ETag, as its organisation's member reads it in the call's list. */
  static String etag(Person p, String call, String registration) {
    return Api.as(p)
        .get("/api/calls/{id}/registrations", call)
        .then()
        .statusCode(200)
        .extract()
        .path("items.find { it.id == '" + registration + "' }.etag");
  }

  String status(String registration) {
    return Db.text("select status from call_registration where id = '" + registration + "'");
  }

  long confirmedSeats(String call) {
    return Db.count(
        "select count(*) from call_registration_attendee a join call_registration r"
            + " on r.id = a.registration_id where r.call_id = '"
            + call
            + "' and r.status = 'CONFIRMED'");
  }

  @Test
  void beyondCapacityRegistrationsWaitInLineAndFreedSeatsGoFirstComeFirst() {
    String call = webinar(3);
    Org a = org();
    Org b = org();
    Org c = org();
    Org d = org();
    String ra = registered(a, call, 2, "CONFIRMED");
    String rb = registered(b, call, 2, "WAITLISTED"); // 2 + 2 > 3
    String rc = registered(c, call, 1, "WAITLISTED"); // it would fit, but b waits first
    // a confirmed registration grows only into free seats
    String path = "/api/calls/{id}/registrations/{r}";
    Api.as(a.member())
        .header("If-Match", etag(a.member(), call, ra))
        .body(Map.of("attendees", people(a.id(), 4)))
        .put(path, call, ra)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("seat"));
    assertThat(status(ra)).isEqualTo("CONFIRMED");

    // a withdraws: b (2 seats) and then c (1) move up, in that order, and their people are told
    Api.as(a.member()).delete(path, call, ra).then().statusCode(204);
    assertThat(status(rb)).isEqualTo("CONFIRMED");
    assertThat(status(rc)).isEqualTo("CONFIRMED");
    assertThat(confirmedSeats(call)).isEqualTo(3);
    var mails = MockMail.await(mailbox, b.member().email(), 1);
    assertThat(mails.get(mails.size() - 1).getSubject()).contains("You have a seat");
    Api.as(c.member())
        .get("/api/me/notifications")
        .then()
        .statusCode(200)
        .body("items.kind", hasItem("schedule.webinar-seat"));
    Api.as(b.member())
        .get("/api/calls/{id}/registrations", call)
        .then()
        .statusCode(200)
        .body("items[0].id", equalTo(rb))
        .body("items[0].status", equalTo("CONFIRMED"))
        .body("items[0].promotedAt", notNullValue());

    // full again: d waits; b names fewer attendees and d gets the seat freed
    String rd = registered(d, call, 1, "WAITLISTED");
    Api.as(b.member())
        .header("If-Match", etag(b.member(), call, rb))
        .body(Map.of("attendees", people(b.id(), 1)))
        .put(path, call, rb)
        .then()
        .statusCode(200);
    assertThat(status(rd)).isEqualTo("CONFIRMED");
    assertThat(confirmedSeats(call)).isEqualTo(3);
    Api.as(lead)
        .get("/api/calls/{id}/registrations", call)
        .then()
        .statusCode(200)
        .body("items.status", equalTo(List.of("CONFIRMED", "CONFIRMED", "CONFIRMED")));
    assertThat(
            Db.count(
                "select count(*) from audit_event where action = 'call-registration.promoted'"
                    + " and entity_id in ('"
                    + rb
                    + "', '"
                    + rc
                    + "', '"
                    + rd
                    + "')"))
        .isEqualTo(3);
  }

  @Test
  void theFirstInLineIsNotOvertakenAndALargerCapacityConfirmsThoseWhoFit() {
    String call = webinar(2);
    Org a = org();
    Org b = org();
    Org c = org();
    registered(a, call, 1, "CONFIRMED");
    String rb = registered(b, call, 3, "WAITLISTED");
    String rc = registered(c, call, 1, "WAITLISTED");
    String etag = Fixtures.etag(lead, "/api/calls/{id}", call);
    Map<String, Object> change =
        InformationalCallTest.call(leadId, InformationalCallTest.local(72));
    change.remove("kind");
    change.put("topic", "Trauma screening in schools");
    // never below the seats confirmed
    change.put("capacity", 1);
    Api.as(lead)
        .header("If-Match", etag)
        .body(change)
        .put("/api/calls/{id}", call)
        .then()
        .statusCode(200);
    assertThat(status(rb)).isEqualTo("WAITLISTED"); // 1 + 3 > 1: the first in line still waits
    assertThat(status(rc)).isEqualTo("WAITLISTED"); // and c does not overtake it
    change.put("capacity", 4);
    Api.as(lead)
        .header("If-Match", Fixtures.etag(lead, "/api/calls/{id}", call))
        .body(change)
        .put("/api/calls/{id}", call)
        .then()
        .statusCode(200)
        .body("capacity", equalTo(4));
    assertThat(status(rb)).isEqualTo("CONFIRMED");
    assertThat(status(rc)).isEqualTo("WAITLISTED"); // 1 + 3 + 1 > 4
    change.put("capacity", 3);
    Api.as(lead)
        .header("If-Match", Fixtures.etag(lead, "/api/calls/{id}", call))
        .body(change)
        .put("/api/calls/{id}", call)
        .then()
        .statusCode(409);
  }

  /** The body that changes the webinar (PUT: the details as a whole), starting at {@code start}. */
  Map<String, Object> change(String start, Integer capacity) {
    Map<String, Object> b = InformationalCallTest.call(leadId, start);
    b.remove("kind");
    b.put("topic", "Trauma screening in schools");
    if (capacity != null) {
      b.put("capacity", capacity);
    }
    return b;
  }

  io.restassured.response.ValidatableResponse put(String call, Map<String, Object> body) {
    return Api.as(lead)
        .header("If-Match", Fixtures.etag(lead, "/api/calls/{id}", call))
        .body(body)
        .put("/api/calls/{id}", call)
        .then();
  }

  /** The path of a registration's field in a registrations page (their order is by name). */
  static String of(String registration, String field) {
    return "items.find { it.id == '" + registration + "' }." + field;
  }

  @Test
  void theCallShowsSeatsTakenAndWaitingAndEachWaitingRegistrationItsPlaceInLine() {
    String call = webinar(3);
    String unlimited = webinar(null);
    Org a = org();
    Org b = org();
    Org c = org();
    // nobody registered yet: no seat taken, nobody waiting; a webinar without capacity shows none
    Api.as(a.member())
        .get("/api/calls/{id}", call)
        .then()
        .statusCode(200)
        .body("capacity", equalTo(3))
        .body("seatsTaken", equalTo(0))
        .body("waiting", equalTo(0));
    String ra = registered(a, call, 2, "CONFIRMED");
    String rb = registered(b, call, 2, "WAITLISTED");
    String rc = registered(c, call, 2, "WAITLISTED");
    registered(a, unlimited, 4, "CONFIRMED");
    // seats in people (a's two attendees), waiting in registrations (b and c)
    Api.as(c.member())
        .get("/api/calls/{id}", call)
        .then()
        .statusCode(200)
        .body("seatsTaken", equalTo(2))
        .body("waiting", equalTo(2));
    Api.as(c.member())
        .get("/api/calls/{id}", unlimited)
        .then()
        .statusCode(200)
        .body("$", not(org.hamcrest.Matchers.hasKey("seatsTaken")))
        .body("$", not(org.hamcrest.Matchers.hasKey("waiting")));
    // the list shows the same, each call its own
    Api.as(lead)
        .get("/api/collaboratives/{c}/calls", collaborative)
        .then()
        .statusCode(200)
        .body("items.find { it.id == '" + call + "' }.seatsTaken", equalTo(2))
        .body("items.find { it.id == '" + call + "' }.waiting", equalTo(2))
        .body(
            "items.find { it.id == '" + unlimited + "' }",
            not(org.hamcrest.Matchers.hasKey("seatsTaken")));
    // each waiting registration knows its place; faculty see all of them
    Api.as(lead)
        .get("/api/calls/{id}/registrations", call)
        .then()
        .statusCode(200)
        .body(of(ra, "waitlistPosition"), org.hamcrest.Matchers.nullValue())
        .body(of(rb, "waitlistPosition"), equalTo(1))
        .body(of(rc, "waitlistPosition"), equalTo(2));
    Api.as(c.member())
        .get("/api/calls/{id}/registrations", call)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(rc)))
        .body("items[0].status", equalTo("WAITLISTED"))
        .body("items[0].waitlistPosition", equalTo(2));
    // a withdraws: b moves up (2 seats), c is first in line now (2 + 2 > 3)
    Api.as(a.member()).delete("/api/calls/{id}/registrations/{r}", call, ra).then().statusCode(204);
    Api.as(c.member())
        .get("/api/calls/{id}/registrations", call)
        .then()
        .body("items[0].waitlistPosition", equalTo(1));
    Api.as(c.member())
        .get("/api/calls/{id}", call)
        .then()
        .body("seatsTaken", equalTo(2))
        .body("waiting", equalTo(1));
  }

  /**
   * The seats of a page of calls are read in one grouped query: listing three webinars with
   * registrations takes as many statements as listing one.
   */
  @Test
  void aPageOfWebinarsReadsItsSeatsInOneQuery() {
    Org a = org();
    Org b = org();
    String first = webinar(1);
    registered(a, first, 1, "CONFIRMED");
    registered(b, first, 1, "WAITLISTED");
    java.util.function.LongSupplier listing =
        () ->
            Statements.of(
                sessions,
                () ->
                    Api.as(lead)
                        .get("/api/collaboratives/{c}/calls", collaborative)
                        .then()
                        .statusCode(200));
    long one = listing.getAsLong();
    for (int i = 0; i < 2; i++) {
      String more = webinar(2);
      registered(a, more, 1, "CONFIRMED");
      registered(b, more, 2, "WAITLISTED");
    }
    Api.as(lead)
        .get("/api/collaboratives/{c}/calls", collaborative)
        .then()
        .body("items.seatsTaken", equalTo(List.of(1, 1, 1)))
        .body("items.waiting", equalTo(List.of(1, 1, 1)));
    assertThat(listing.getAsLong()).as("statements listing three webinars").isEqualTo(one);
  }

  /** Records one attendee PRESENT on the call's sheet (its ETag given): the call is then HELD. */
  static io.restassured.response.ValidatableResponse recordPresent(
      Person lead, String call, String sheet, String attendee) {
    return Api.as(lead)
        .header("If-Match", sheet)
        .body(Map.of("records", List.of(Map.of("attendeeId", attendee, "status", "PRESENT"))))
        .put("/api/calls/{id}/attendance", call)
        .then()
        .statusCode(200)
        .body("state", equalTo("HELD"));
  }

  @Test
  void waitlistedRegistrantsHearOfAMoveAndAreNotExpectedAtTheCall() {
    String call = webinar(1);
    Org a = org();
    Org b = org();
    String ra = registered(a, call, 1, "CONFIRMED");
    String rb = registered(b, call, 1, "WAITLISTED");
    String waiting =
        Db.text("select id from call_registration_attendee where registration_id = '" + rb + "'");
    // the webinar moves (to an hour ago, so that attendance can be taken): both organisations'
    // people are told, the waiting one too
    put(call, change(InformationalCallTest.local(-1), 1))
        .statusCode(200)
        .body("capacity", equalTo(1))
        .body("sequence", equalTo(1));
    for (Org o : List.of(a, b)) {
      Api.as(o.member())
          .get("/api/me/notifications")
          .then()
          .statusCode(200)
          .body("items.kind", hasItem("schedule.moved"));
    }
    // the sheet expects the confirmed attendee only; the waiting one cannot be recorded
    String sheet =
        Api.as(lead)
            .get("/api/calls/{id}/attendance", call)
            .then()
            .statusCode(200)
            .body("kind", equalTo("WEBINAR"))
            .body("people.organizationId", equalTo(List.of(a.id())))
            .body("people.attendeeId", not(hasItem(waiting)))
            .extract()
            .header("ETag");
    Api.as(b.member())
        .get("/api/calls/{id}/attendance", call)
        .then()
        .statusCode(200)
        .body("people", org.hamcrest.Matchers.empty());
    Api.as(lead)
        .header("If-Match", sheet)
        .body(Map.of("records", List.of(Map.of("attendeeId", waiting, "status", "PRESENT"))))
        .put("/api/calls/{id}/attendance", call)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("records[0].attendeeId"))
        .body("violations[0].message", containsString("waitlist"));
    String present =
        Db.text("select id from call_registration_attendee where registration_id = '" + ra + "'");
    recordPresent(lead, call, sheet, present).body("people.status", equalTo(List.of("PRESENT")));
  }

  @Test
  void waitlistedRegistrantsHearOfACancellation() {
    String call = webinar(1);
    Org a = org();
    Org b = org();
    registered(a, call, 1, "CONFIRMED");
    registered(b, call, 1, "WAITLISTED");
    Api.as(lead)
        .header("If-Match", Fixtures.etag(lead, "/api/calls/{id}", call))
        .body(Map.of("reason", "Speaker ill"))
        .post("/api/calls/{id}/cancellation", call)
        .then()
        .statusCode(200);
    for (Org o : List.of(a, b)) {
      Api.as(o.member())
          .get("/api/me/notifications")
          .then()
          .statusCode(200)
          .body("items.kind", hasItem("schedule.cancelled"));
    }
    var mails = MockMail.await(mailbox, b.member().email(), 1);
    assertThat(mails.get(mails.size() - 1).getSubject()).contains("cancelled");
  }

  /**
   * PUT replaces the details as a whole: a capacity left out is no limit (the waitlist is confirmed
   * then), so a client keeps it by sending it.
   */
  @Test
  void aChangeKeepsTheCapacitySentAndOneWithoutItLiftsTheLimit() {
    String call = webinar(1);
    Org a = org();
    Org b = org();
    registered(a, call, 1, "CONFIRMED");
    String rb = registered(b, call, 1, "WAITLISTED");
    String start = InformationalCallTest.local(72);
    Map<String, Object> kept = change(start, 1);
    kept.put("description", "Now with a panel");
    put(call, kept).statusCode(200).body("capacity", equalTo(1)).body("waiting", equalTo(1));
    assertThat(status(rb)).isEqualTo("WAITLISTED");
    put(call, change(start, null))
        .statusCode(200)
        .body("$", not(org.hamcrest.Matchers.hasKey("capacity")))
        .body("$", not(org.hamcrest.Matchers.hasKey("seatsTaken")));
    assertThat(status(rb)).isEqualTo("CONFIRMED");
    Api.as(b.member())
        .get("/api/me/notifications")
        .then()
        .body("items.kind", hasItem("schedule.webinar-seat"));
  }

  @Test
  void aCapacityIsAWebinarsAndWebinarsAreNotSeries() {
    Map<String, Object> info = InformationalCallTest.call(leadId, InformationalCallTest.local(48));
    info.put("capacity", 10);
    Api.as(lead)
        .body(info)
        .post("/api/collaboratives/{c}/calls", collaborative)
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("capacity"));
    Map<String, Object> series = new java.util.HashMap<>();
    series.put("kind", "WEBINAR");
    series.put("topic", "Series");
    series.put("weekday", "MONDAY");
    series.put("startTime", "10:00");
    series.put("timeZone", "UTC");
    series.put("startDate", java.time.LocalDate.now().plusDays(10).toString());
    series.put("intervalWeeks", 1);
    series.put("count", 2);
    series.put("durationMinutes", 60);
    series.put("facilitatorUserId", leadId);
    series.put("audience", "COLLABORATIVE");
    series.put("mode", "VIDEO");
    series.put("joinUrl", "https://video.example.org/w");
    Api.as(lead)
        .body(series)
        .post("/api/collaboratives/{c}/call-series", collaborative)
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("kind"));
  }

  @Test
  void theWholeNetworkSeesAWebinarAndRegistersItsOwnOrganisationOnly() {
    String call = webinar(5);
    Org a = org();
    Org b = org();
    Person nobody = Fixtures.signIn(Person.member());
    // any person sees it, though not enrolled anywhere, even of no organisation
    Api.as(a.member()).get("/api/calls/{id}", call).then().statusCode(200);
    Api.as(nobody).get("/api/calls/{id}", call).then().statusCode(200);
    Api.as(nobody)
        .get("/api/collaboratives/{c}/calls", collaborative)
        .then()
        .statusCode(200)
        .body("items.id", hasItem(call));
    // one's own organisation only; faculty do not register organisations they are not in
    Api.as(a.member())
        .body(Map.of("organizationId", b.id(), "attendees", people(b.id(), 1)))
        .post("/api/calls/{id}/registrations", call)
        .then()
        .statusCode(403);
    Api.as(lead)
        .body(Map.of("organizationId", a.id(), "attendees", people(a.id(), 1)))
        .post("/api/calls/{id}/registrations", call)
        .then()
        .statusCode(403);
    String ra = registered(a, call, 1, "CONFIRMED");
    register(a, call, 1).then().statusCode(409);
    // another organisation's registration: 404
    Api.as(b.member())
        .get("/api/calls/{id}/registrations", call)
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(ra)));
    Api.as(b.member()).delete("/api/calls/{id}/registrations/{r}", call, ra).then().statusCode(404);
    // a cancelled webinar takes no registrations
    Api.as(lead)
        .header("If-Match", Fixtures.etag(lead, "/api/calls/{id}", call))
        .body(Map.of("reason", "Speaker ill"))
        .post("/api/calls/{id}/cancellation", call)
        .then()
        .statusCode(200);
    register(b, call, 1).then().statusCode(409);
  }

  /**
   * A webinar is open to the whole network, so a person of no organisation (a learning community's
   * member who joined for none) registers on their own: the registration is theirs (and the
   * faculty's) to see, change and withdraw; they are told of changes, find it in their schedule and
   * are expected at the call. An informational call still takes organisations only.
   */
  @Test
  void aPersonOfNoOrganisationRegistersForAWebinarOnTheirOwn() {
    String call = webinar(5);
    Person nobody = Fixtures.signIn(Person.member());
    Person other = Fixtures.signIn(Person.member());
    Org a = org();
    Map<String, Object> self =
        Map.of("attendees", List.of(InformationalCallTest.attendee("No Org", nobody.email())));
    String mine =
        Api.as(nobody)
            .body(self)
            .post("/api/calls/{id}/registrations", call)
            .then()
            .statusCode(201)
            .body("status", equalTo("CONFIRMED"))
            .body("organizationId", org.hamcrest.Matchers.nullValue())
            .body("organizationName", org.hamcrest.Matchers.nullValue())
            .body("attendees.email", equalTo(List.of(nobody.email())))
            .extract()
            .path("id");
    assertThat(
            Db.text(
                "select organization_id is null and registered_by is not null from"
                    + " call_registration where id = '"
                    + mine
                    + "'"))
        .isEqualTo("t");
    Api.as(nobody)
        .body(self)
        .post("/api/calls/{id}/registrations", call)
        .then()
        .statusCode(409)
        .body("detail", containsString("on your own"));
    // a member of an organisation may register on their own too, beside their organisation
    String ra = registered(a, call, 1, "CONFIRMED");
    // the registrant and the faculty see it; another person, or another organisation, does not
    Api.as(nobody)
        .get("/api/calls/{id}/registrations", call)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(mine)));
    Api.as(a.member())
        .get("/api/calls/{id}/registrations", call)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(ra)));
    Api.as(lead)
        .get("/api/calls/{id}/registrations", call)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(ra, mine))); // organisations first, by name
    Api.as(other).delete("/api/calls/{id}/registrations/{r}", call, mine).then().statusCode(404);
    Api.as(a.member())
        .delete("/api/calls/{id}/registrations/{r}", call, mine)
        .then()
        .statusCode(404);
    Api.as(lead).delete("/api/calls/{id}/registrations/{r}", call, mine).then().statusCode(403);
    // the registrant changes it
    Api.as(nobody)
        .header("If-Match", etag(nobody, call, mine))
        .body(
            Map.of(
                "attendees",
                List.of(
                    InformationalCallTest.attendee("No Org", nobody.email()),
                    InformationalCallTest.attendee("A Friend", "friend-" + mine + "@example.org"))))
        .put("/api/calls/{id}/registrations/{r}", call, mine)
        .then()
        .statusCode(200)
        .body("attendees", org.hamcrest.Matchers.hasSize(2));
    // another person registers on their own and withdraws
    String theirs =
        Api.as(other)
            .body(
                Map.of(
                    "attendees", List.of(InformationalCallTest.attendee("Other", other.email()))))
            .post("/api/calls/{id}/registrations", call)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.as(other).delete("/api/calls/{id}/registrations/{r}", call, theirs).then().statusCode(204);
    // it is in the registrant's schedule, for having registered
    Api.as(nobody)
        .get("/api/me/schedule")
        .then()
        .statusCode(200)
        .body("items.find { it.id == '" + call + "' }.reasons", hasItem("REGISTERED"));
    // the webinar moves to an hour ago: the registrant is told
    put(call, change(InformationalCallTest.local(-1), 5)).statusCode(200);
    Api.as(nobody)
        .get("/api/me/notifications")
        .then()
        .statusCode(200)
        .body("items.kind", hasItem("schedule.moved"));
    // the sheet expects their attendees (without an organisation); each sees their own people only
    String sheet =
        Api.as(lead)
            .get("/api/calls/{id}/attendance", call)
            .then()
            .statusCode(200)
            .body("people", org.hamcrest.Matchers.hasSize(3))
            .extract()
            .header("ETag");
    Api.as(nobody)
        .get("/api/calls/{id}/attendance", call)
        .then()
        .statusCode(200)
        .body("people", org.hamcrest.Matchers.hasSize(2))
        .body("people.organizationId", everyItem(org.hamcrest.Matchers.nullValue()));
    Api.as(other)
        .get("/api/calls/{id}/attendance", call)
        .then()
        .statusCode(200)
        .body("people", org.hamcrest.Matchers.empty());
    String attendee =
        Db.text(
            "select id from call_registration_attendee where registration_id = '"
                + mine
                + "' and position = 0");
    recordPresent(lead, call, sheet, attendee);
    assertThat(
            Db.text(
                "select organization_id is null from call_attendance where attendee_id = '"
                    + attendee
                    + "'"))
        .isEqualTo("t");
  }

  @Test
  void anInformationalCallTakesOrganisationsOnly() {
    Org a = org();
    String info =
        Api.as(lead)
            .body(InformationalCallTest.call(leadId, InformationalCallTest.local(48)))
            .post("/api/collaboratives/{c}/calls", collaborative)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Person nobody = Fixtures.signIn(Person.member());
    Api.as(nobody).get("/api/calls/{id}", info).then().statusCode(404);
    Api.as(a.member())
        .body(Map.of("attendees", people(a.id(), 1)))
        .post("/api/calls/{id}/registrations", info)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("organizationId"));
  }

  /**
   * Registering and withdrawing take the call's row lock: while another transaction holds it they
   * wait (without the lock, two at once could both count the last seat free). The test holds {@code
   * for no key update}, which the foreign key checks of the registration's insert do not wait for,
   * so only the service's own lock makes them wait.
   */
  @Test
  void registeringAndWithdrawingWaitForTheCallsRowLock() throws Exception {
    String call = webinar(1);
    Org a = org();
    Org b = org();
    String ra = registered(a, call, 1, "CONFIRMED");
    javax.sql.DataSource ds =
        io.quarkus.arc.Arc.container().instance(javax.sql.DataSource.class).get();
    for (Callable<Integer> request :
        List.<Callable<Integer>>of(
            () -> register(b, call, 1).statusCode(),
            () ->
                Api.as(a.member())
                    .delete("/api/calls/{id}/registrations/{r}", call, ra)
                    .statusCode())) {
      Future<Integer> done;
      try (java.sql.Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        try (java.sql.Statement st = c.createStatement()) {
          st.execute("select id from scheduled_call where id = '" + call + "' for no key update");
        }
        done = pool.submit(request);
        Thread.sleep(1500);
        assertThat(done.isDone()).as("the request waited for the call's row lock").isFalse();
        c.rollback();
      }
      assertThat(done.get()).isBetween(201, 204);
    }
    // b waited in line and moved up when a withdrew
    assertThat(confirmedSeats(call)).isEqualTo(1);
  }

  @Test
  void concurrentRegistrationsAndWithdrawalsNeverOverFillIt() throws Exception {
    String call = webinar(2);
    List<Org> orgs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      orgs.add(org());
    }
    // six organisations register at once for two seats: two confirmed, four waiting
    List<Future<Integer>> at = new ArrayList<>();
    for (Org o : orgs) {
      at.add(pool.submit(() -> register(o, call, 1).statusCode()));
    }
    for (Future<Integer> f : at) {
      assertThat(f.get()).isEqualTo(201);
    }
    assertThat(confirmedSeats(call)).isEqualTo(2);
    assertThat(
            Db.count(
                "select count(*) from call_registration where call_id = '"
                    + call
                    + "' and status = 'WAITLISTED'"))
        .isEqualTo(4);

    // both confirmed ones withdraw at once: exactly the next two in line move up
    List<String[]> confirmed = new ArrayList<>();
    for (Org o : orgs) {
      String id =
          Db.text(
              "select max(id::text) from call_registration where call_id = '"
                  + call
                  + "' and organization_id = '"
                  + o.id()
                  + "' and status = 'CONFIRMED'");
      if (id != null) {
        confirmed.add(new String[] {id, o.id()});
      }
    }
    assertThat(confirmed).hasSize(2);
    List<String> line =
        List.of(
            Db.text(
                    "select string_agg(id::text, ',' order by created_at, id) from call_registration"
                        + " where call_id = '"
                        + call
                        + "' and status = 'WAITLISTED'")
                .split(","));
    List<Callable<Integer>> withdrawals = new ArrayList<>();
    for (String[] r : confirmed) {
      Person p = orgs.stream().filter(o -> o.id().equals(r[1])).findFirst().orElseThrow().member();
      withdrawals.add(
          () -> Api.as(p).delete("/api/calls/{id}/registrations/{r}", call, r[0]).statusCode());
    }
    for (Future<Integer> f : pool.invokeAll(withdrawals)) {
      assertThat(f.get()).isEqualTo(204);
    }
    assertThat(confirmedSeats(call)).isEqualTo(2);
    assertThat(status(line.get(0))).isEqualTo("CONFIRMED");
    assertThat(status(line.get(1))).isEqualTo("CONFIRMED");
    assertThat(status(line.get(2))).isEqualTo("WAITLISTED");
    assertThat(status(line.get(3))).isEqualTo("WAITLISTED");
  }
}
