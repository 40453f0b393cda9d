package org.lcp.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Person;

/**
 * The schedule part of the demo: calls with archives and attendance, session attendance, an
 * informational call.
 */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class ScheduleDemoDataTest {

  @Inject ScheduleDemoData demo;

  static Person demoUser(String email, String name, String... roles) {
    return new Person(UUID.randomUUID().toString(), email, name, roles);
  }

  String collaborative(Person admin, String title) {
    return Api.as(admin)
        .queryParam("size", 100)
        .get("/api/collaboratives")
        .then()
        .statusCode(200)
        .extract()
        .path("items.find { it.title == '" + title + "' }.id");
  }

  @Test
  void
      theRunningCollaborativeHasCallsAttendanceAndAnArchiveAndTheAnnouncedOneAnInformationalCall() {
    Person admin = Person.admin();
    String cpp = collaborative(admin, ScheduleDemoData.CPP);
    String schools = collaborative(admin, ScheduleDemoData.SCHOOLS);

    Api.as(admin)
        .queryParam("size", 100)
        .get("/api/collaboratives/{c}/calls", cpp)
        .then()
        .statusCode(200)
        .body("total", equalTo(18))
        .body("items.findAll { it.state == 'CANCELLED' }.size()", equalTo(1))
        .body("items.findAll { it.state == 'HELD' }.size()", greaterThanOrEqualTo(4))
        .body("items.findAll { it.archive != null }.size()", greaterThanOrEqualTo(4))
        .body("items.mode", hasItems("VIDEO", "PHONE"));
    Api.as(admin)
        .queryParam("q", "caregiver")
        .get("/api/collaboratives/{c}/call-archive", cpp)
        .then()
        .statusCode(200)
        .body("total", greaterThanOrEqualTo(1));
    Api.as(admin)
        .get("/api/collaboratives/{c}/attendance-report", cpp)
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body(
            "items.find { it.organizationName == 'Lakeside Youth Center' }.standing",
            equalTo("AT_RISK"))
        .body(
            "items.find { it.organizationName == 'Lakeside Youth Center' }.shortfalls.kind",
            hasItem("PARTIAL"));
    String first =
        Api.as(admin)
            .get("/api/collaboratives/{c}/learning-sessions", cpp)
            .then()
            .extract()
            .path("items[0].id");
    Api.as(admin)
        .get("/api/collaboratives/{c}/learning-sessions/{s}/attendance", cpp, first)
        .then()
        .statusCode(200)
        .body("teams.members.flatten().record.status", hasItems("PRESENT", "PARTIAL"));

    // a Riverside team member sees a learning session, consultation calls and the informational
    // call coming
    Person rita = demoUser("rita.rivers@riverside.example.org", "Rita Rivers");
    Api.as(rita)
        .get("/api/me/schedule")
        .then()
        .statusCode(200)
        .body("items.type", hasItems("LEARNING_SESSION", "CALL"))
        .body("items.findAll { it.type == 'LEARNING_SESSION' }.collaborativeId", hasItem(cpp))
        .body(
            "items.findAll { it.callKind == 'INFORMATIONAL' }.reasons.flatten()",
            hasItem("REGISTERED"));
    String info =
        Api.as(rita)
            .get("/api/collaboratives/{c}/calls", schools)
            .then()
            .statusCode(200)
            .body("items.kind", hasItem("INFORMATIONAL"))
            .extract()
            .path("items.find { it.kind == 'INFORMATIONAL' }.id");
    Api.as(demoUser("felix.trainer@example.org", "Felix Trainer", "faculty"))
        .get("/api/calls/{id}/registrations", info)
        .then()
        .statusCode(200)
        .body("items.organizationName", containsInAnyOrder("Riverside Family Services"))
        .body("items[0].attendees.name", containsInAnyOrder("Rita Rivers", "Carl Clark"));

    // loading again adds nothing
    List<String> tables =
        List.of(
            "scheduled_call",
            "call_series",
            "session_attendance",
            "call_attendance",
            "call_registration",
            "learning_session");
    var before = tables.stream().map(t -> Db.count("select count(*) from " + t)).toList();
    QuarkusTransaction.requiringNew().run(demo::load);
    assertThat(tables.stream().map(t -> Db.count("select count(*) from " + t)).toList())
        .isEqualTo(before);
  }
}
