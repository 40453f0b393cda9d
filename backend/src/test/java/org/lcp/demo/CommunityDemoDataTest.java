package org.lcp.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Person;

/** The community part of the demo: the schools community's members, facilitator and a request. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class CommunityDemoDataTest {

  @Inject CommunityDemoData demo;

  @Test
  void theSchoolsCommunityHasMembersAFacilitatorWhoIsNotFacultyAndARequestWaiting() {
    Person admin = Person.admin();
    String schools =
        Api.as(admin)
            .queryParam("size", 100)
            .get("/api/collaboratives")
            .then()
            .statusCode(200)
            .extract()
            .path("items.find { it.title == '" + ScheduleDemoData.SCHOOLS + "' }.id");
    String members = "/api/collaboratives/" + schools + "/community-members";

    // a member (signing in with a subject of their own: the other demo tests sign in as Rita)
    Person lena = ScheduleDemoDataTest.demoUser("lena.lake@lakeside.example.org", "Lena Lake");
    Api.as(lena)
        .get(members)
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items.name", containsInAnyOrder("Rita Rivers", "Carl Clark", "Lena Lake"))
        .body("items.find { it.name == 'Rita Rivers' }.facilitator", equalTo(true))
        .body(
            "items.find { it.name == 'Lena Lake' }.organizationName",
            equalTo("Lakeside Youth Center"));

    // members do not see the request waiting; an admin (and the facilitators) do
    Api.as(lena)
        .queryParam("status", "PENDING")
        .get(members)
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    Api.as(admin)
        .queryParam("status", "PENDING")
        .get(members)
        .then()
        .statusCode(200)
        .body("items.name", containsInAnyOrder("Luis Lopez"));

    // the community's library: a screening checklist a member uploaded, and two links
    String checklist =
        Api.as(lena)
            .queryParam("tag", "screening")
            .get("/api/collaboratives/" + schools + "/library")
            .then()
            .statusCode(200)
            .body("total", equalTo(1))
            .body("items[0].kind", equalTo("FILE"))
            .body("items[0].file.contentType", equalTo("text/plain"))
            .extract()
            .path("items[0].id");
    assertThat(Api.as(lena).get("/api/library/items/{id}/download", checklist).asString())
        .startsWith("Trauma screening checklist");
    Api.as(lena)
        .get("/api/collaboratives/" + schools + "/library")
        .then()
        .body("total", equalTo(3));

    // last month's community call, led by Rita (a member), was held with the members' attendance,
    // which the usage report counts
    Api.as(admin)
        .get("/api/collaboratives/" + schools + "/community-usage")
        .then()
        .statusCode(200)
        .body("totals.callsHeld", equalTo(1))
        .body("totals.callAttendance", equalTo(3))
        // three members, of two organisations (Riverside twice, Lakeside)
        .body("totals.membersActive", equalTo(3))
        .body("totals.organizationsActive", equalTo(2));
    String held =
        Db.text(
            "select id from scheduled_call where collaborative_id = '"
                + schools
                + "' and kind = 'CONSULTATION'");
    Api.as(lena)
        .get("/api/calls/{id}/attendance", held)
        .then()
        .statusCode(200)
        .body("people.name", equalTo(java.util.List.of("Lena Lake"))) // a member sees their own row
        .body("people[0].status", equalTo("PARTIAL"));

    // loading again adds nothing
    long before = Db.count("select count(*) from community_member");
    long items = Db.count("select count(*) from library_item");
    long calls = Db.count("select count(*) from scheduled_call");
    QuarkusTransaction.requiringNew().run(demo::load);
    assertThat(Db.count("select count(*) from community_member")).isEqualTo(before);
    assertThat(Db.count("select count(*) from library_item")).isEqualTo(items);
    assertThat(Db.count("select count(*) from scheduled_call")).isEqualTo(calls);
  }
}
