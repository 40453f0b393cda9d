package org.lcp.demo;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Person;

/** What `make run` shows: the demo data loads through the services, obeying every rule. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoDataTest {

  public static class WithDemoData implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("lcp.demo-data.enabled", "true");
    }
  }

  @Test
  void theDemoHasOrganisationsCollaborativesInSeveralPhasesAndApplications() {
    Person admin = Person.admin();
    Api.as(admin)
        .queryParam("size", 100)
        .get("/api/organizations")
        .then()
        .statusCode(200)
        .body("items.name", hasItems("Riverside Family Services", "Lakeside Youth Center"));
    Api.as(admin)
        .queryParam("size", 100)
        .get("/api/collaboratives")
        .then()
        .statusCode(200)
        .body(
            "items.phase",
            containsInAnyOrder("DRAFT", "ANNOUNCED", "APPLICATIONS_OPEN", "ACTIVE", "CLOSED"));
    Api.as(admin)
        .queryParam("size", 100)
        .get("/api/applications")
        .then()
        .statusCode(200)
        .body("total", equalTo(4))
        .body("items.status", containsInAnyOrder("SUBMITTED", "DRAFT", "ACCEPTED", "ACCEPTED"));
  }

  @Test
  void theDraftCollaborativeShowsWhatItsSetupStillNeeds() {
    Person admin = Person.admin();
    String arc =
        Api.as(admin)
            .queryParam("size", 100)
            .get("/api/collaboratives")
            .then()
            .statusCode(200)
            .extract()
            .path("items.find { it.phase == 'DRAFT' }.id");
    Api.as(admin)
        .get("/api/collaboratives/{c}/setup", arc)
        .then()
        .statusCode(200)
        .body("phase", equalTo("DRAFT"))
        .body(
            "items.key",
            contains(
                "LEAD_FACULTY",
                "APPLICATION_WINDOW",
                "LEARNING_SESSIONS",
                "READINESS_ITEMS",
                "MEASURES"))
        .body("items.done", contains(true, false, false, true, false))
        .body(
            "items[2].needed",
            equalTo(
                "dates for learning sessions 1, 2 and 3; a venue for"
                    + " learning sessions 1, 2 and 3"));
    // every collaborative past a gate passed it
    for (String phase : List.of("APPLICATIONS_OPEN", "ACTIVE", "CLOSED")) {
      String id =
          Api.as(admin)
              .queryParam("size", 100)
              .get("/api/collaboratives")
              .then()
              .extract()
              .path("items.find { it.phase == '" + phase + "' }.id");
      Api.as(admin)
          .get("/api/collaboratives/{c}/setup", id)
          .then()
          .statusCode(200)
          .body(
              "items.findAll { it.requiredBefore == 'APPLICATIONS_OPEN' }.done",
              everyItem(equalTo(true)));
    }
  }

  @Test
  void theRunningCollaborativeHasTeamsAndMonthsOfMetricsWithAShift() {
    Person admin = Person.admin();
    String cpp =
        Api.as(admin)
            .queryParam("size", 100)
            .get("/api/collaboratives")
            .then()
            .statusCode(200)
            .extract()
            .path("items.find { it.phase == 'ACTIVE' }.id");
    Api.as(admin)
        .get("/api/collaboratives/{c}/teams", cpp)
        .then()
        .statusCode(200)
        .body(
            "items.organizationName",
            containsInAnyOrder("Riverside Family Services", "Lakeside Youth Center"));
    String screened =
        Api.as(admin)
            .get("/api/collaboratives/{c}/measures", cpp)
            .then()
            .statusCode(200)
            .body(
                "items.key",
                containsInAnyOrder("screened", "active-cases", "sessions-per-case", "dropout"))
            .extract()
            .path("items.find { it.key == 'screened' }.id");
    Api.as(admin)
        .get("/api/collaboratives/{c}/measures/{m}/run-chart", cpp, screened)
        .then()
        .statusCode(200)
        .body(
            "teams.find { it.organizationName == 'Riverside Family Services' }.signals.kind",
            hasItems("SHIFT_ABOVE"))
        .body("pooled.points.size()", equalTo(17));
    var completeness =
        Api.as(admin)
            .get("/api/collaboratives/{c}/metric-completeness", cpp)
            .then()
            .statusCode(200)
            .body("periods.size()", equalTo(11))
            .extract()
            .jsonPath();
    // Lakeside: some late values, then months it can no longer report; Riverside owes last month
    // only
    org.assertj.core.api.Assertions.assertThat(
            completeness.getInt(
                "teams.find { it.organizationName == 'Lakeside Youth Center' }.late"))
        .isPositive();
    org.assertj.core.api.Assertions.assertThat(
            completeness.getInt(
                "teams.find { it.organizationName == 'Lakeside Youth Center' }.locked"))
        .isPositive();
    org.assertj.core.api.Assertions.assertThat(
            completeness.getInt(
                "teams.find { it.organizationName == 'Riverside Family Services' }.late"))
        .isZero();
    org.assertj.core.api.Assertions.assertThat(
            completeness.getList(
                "teams.find { it.organizationName == 'Riverside Family Services' }.rows[0].states"))
        .endsWith(
            java.time.LocalDate.now(java.time.ZoneOffset.UTC).getDayOfMonth() > 15
                ? "MISSING"
                : "NOT_DUE",
            "NOT_DUE");
    Api.as(admin)
        .queryParam(
            "organizationId",
            completeness.getString(
                "teams.find { it.organizationName == 'Riverside Family Services' }.organizationId"))
        .get("/api/collaboratives/{c}/overdue-metrics", cpp)
        .then()
        .statusCode(200)
        .body(
            "total",
            equalTo(
                java.time.LocalDate.now(java.time.ZoneOffset.UTC).getDayOfMonth() > 15 ? 4 : 0));
  }
}
