package org.lcp.demo;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Person;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

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
    Api.as(admin).queryParam("size", 100).get("/api/organizations").then().statusCode(200)
        .body("items.name", hasItems("Riverside Family Services", "Lakeside Youth Center"));
    Api.as(admin).queryParam("size", 100).get("/api/collaboratives").then().statusCode(200)
        .body("items.phase", containsInAnyOrder("DRAFT", "ANNOUNCED", "APPLICATIONS_OPEN", "ACTIVE", "CLOSED"));
    Api.as(admin).queryParam("size", 100).get("/api/applications").then().statusCode(200)
        .body("total", equalTo(2))
        .body("items.status", containsInAnyOrder("SUBMITTED", "DRAFT"));
  }
}
