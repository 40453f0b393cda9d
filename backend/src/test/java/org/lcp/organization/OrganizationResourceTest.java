package org.lcp.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;
import org.lcp.support.TestTokens;

@QuarkusTest
class OrganizationResourceTest {

  final Person admin = Person.admin();

  @Test
  void adminRegistersReadsAndUpdatesAnOrganisation() {
    String name = "Riverside " + UUID.randomUUID();
    var created =
        Api.as(admin)
            .body(
                Map.of(
                    "name",
                    "  " + name + "  ",
                    "city",
                    "Springfield",
                    "region",
                    "IL",
                    "countryCode",
                    "US",
                    "website",
                    "https://riverside.example.org"))
            .post("/api/organizations")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/organizations/"))
            .header("ETag", equalTo("\"0\""))
            .body("name", equalTo(name))
            .body("memberCount", equalTo(0))
            .extract();
    String id = created.path("id");
    assertThat(created.header("Location")).endsWith("/api/organizations/" + id);

    Api.as(admin)
        .get("/api/organizations/{id}", id)
        .then()
        .statusCode(200)
        .body("city", equalTo("Springfield"))
        .header("ETag", equalTo("\"0\""));

    Api.as(admin)
        .header("If-Match", "\"0\"")
        .body(Map.of("name", name + " Inc", "city", "Chicago"))
        .put("/api/organizations/{id}", id)
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("name", equalTo(name + " Inc"))
        .body("city", equalTo("Chicago"))
        .body("$", not(hasKey("region")));

    // the change is audited with before and after
    Api.as(admin)
        .queryParam("entityId", id)
        .queryParam("action", "organization.updated")
        .get("/api/audit-events")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].before.city", equalTo("Springfield"))
        .body("items[0].after.city", equalTo("Chicago"))
        .body("items[0].actorName", equalTo(admin.name()));
  }

  @Test
  void updatesNeedTheCurrentETag() {
    String id = Fixtures.organization(admin);
    Map<String, String> body = Map.of("name", "Renamed " + UUID.randomUUID());
    Api.as(admin)
        .body(body)
        .put("/api/organizations/{id}", id)
        .then()
        .statusCode(428)
        .body("type", equalTo("/problems/precondition-required"));
    Api.as(admin)
        .header("If-Match", "\"7\"")
        .body(body)
        .put("/api/organizations/{id}", id)
        .then()
        .statusCode(412)
        .body("detail", containsString("\"0\""));
    Api.as(admin)
        .header("If-Match", "W/\"0\"")
        .body(body)
        .put("/api/organizations/{id}", id)
        .then()
        .statusCode(412);
    Api.as(admin)
        .header("If-Match", "\"0\"")
        .body(body)
        .put("/api/organizations/{id}", id)
        .then()
        .statusCode(200);
    // the same ETag a second time is stale
    Api.as(admin)
        .header("If-Match", "\"0\"")
        .body(Map.of("name", "Again " + UUID.randomUUID()))
        .put("/api/organizations/{id}", id)
        .then()
        .statusCode(412);
  }

  @Test
  void namesAreUniqueIgnoringCase() {
    String name = "Unique " + UUID.randomUUID();
    Api.as(admin).body(Map.of("name", name)).post("/api/organizations").then().statusCode(201);
    Api.as(admin)
        .body(Map.of("name", name.toUpperCase()))
        .post("/api/organizations")
        .then()
        .statusCode(409)
        .body("detail", containsString("already exists"));
  }

  @Test
  void eachFieldIsValidated() {
    Fixtures.signIn(admin);
    Map<String, String> before = Db.snapshot();
    Api.badInput(admin)
        .body(
            Map.of(
                "name", " ", "countryCode", "usa", "website", "ftp://x", "city", "x".repeat(101)))
        .post("/api/organizations")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"))
        .body("violations.field", contains("city", "countryCode", "name", "website"))
        .body("violations.find { it.field == 'countryCode' }.message", containsString("two-letter"))
        .body("violations.find { it.field == 'name' }.message", equalTo("must not be blank"));
    assertThat(Db.snapshot()).isEqualTo(before);
  }

  @Test
  void listIsPagedSearchedAndScopedToTheCaller() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 3; i++) {
      Api.as(admin)
          .body(Map.of("name", "Paged " + tag + " " + i))
          .post("/api/organizations")
          .then()
          .statusCode(201);
    }
    Api.as(admin)
        .queryParam("q", "paged " + tag)
        .queryParam("size", 2)
        .get("/api/organizations")
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("size", equalTo(2))
        .body("items.name", contains("Paged " + tag + " 0", "Paged " + tag + " 1"));
    Api.as(admin)
        .queryParam("q", "paged " + tag)
        .queryParam("size", 2)
        .queryParam("page", 1)
        .get("/api/organizations")
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items.name", contains("Paged " + tag + " 2"));

    // a member sees only their own organisation
    String mine = Fixtures.organization(admin);
    Person member = Fixtures.member(admin, mine, "CLINICIAN");
    Api.as(member)
        .get("/api/organizations")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo(mine))
        .body("items[0].memberCount", equalTo(1));
  }

  @Test
  void roleAndOrganisationMatrix() {
    String orgA = Fixtures.organization(admin);
    String orgB = Fixtures.organization(admin);
    Person leaderA = Fixtures.member(admin, orgA, "SENIOR_LEADER");
    Person clinicianA = Fixtures.member(admin, orgA, "CLINICIAN");
    Person faculty = Fixtures.signIn(Person.faculty());

    // anonymous: 401 with a challenge
    Api.anonymous()
        .get("/api/organizations/{id}", orgA)
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", equalTo("Bearer"))
        .body("type", equalTo("/problems/unauthorized"));
    // only admins register organisations
    for (Person p : List.of(leaderA, clinicianA, faculty)) {
      Api.as(p)
          .body(Map.of("name", "Nope " + UUID.randomUUID()))
          .post("/api/organizations")
          .then()
          .statusCode(403)
          .body("type", equalTo("/problems/forbidden"));
    }
    // members read their own organisation; another organisation's data is 404, as if absent
    Api.as(clinicianA).get("/api/organizations/{id}", orgA).then().statusCode(200);
    Api.as(clinicianA).get("/api/organizations/{id}", orgB).then().statusCode(404);
    Api.as(clinicianA).get("/api/organizations/{id}/members", orgB).then().statusCode(404);
    Api.as(clinicianA).get("/api/organizations/{id}/machine-clients", orgB).then().statusCode(404);
    Api.as(faculty).get("/api/organizations/{id}", orgA).then().statusCode(404);
    // senior leaders update their organisation, clinicians may not, other organisations' leaders
    // see 404
    String etag = Fixtures.etag(admin, "/api/organizations/{id}", orgA);
    Api.as(clinicianA)
        .header("If-Match", etag)
        .body(Map.of("name", "X " + UUID.randomUUID()))
        .put("/api/organizations/{id}", orgA)
        .then()
        .statusCode(403);
    Person leaderB = Fixtures.member(admin, orgB, "SENIOR_LEADER");
    Api.as(leaderB)
        .header("If-Match", etag)
        .body(Map.of("name", "X " + UUID.randomUUID()))
        .put("/api/organizations/{id}", orgA)
        .then()
        .statusCode(404);
    Api.as(leaderA)
        .header("If-Match", etag)
        .body(Map.of("name", "Led " + UUID.randomUUID()))
        .put("/api/organizations/{id}", orgA)
        .then()
        .statusCode(200);
    // a machine client may not use these endpoints at all
    Api.as(TestTokens.machine("unregistered-" + UUID.randomUUID()))
        .get("/api/organizations")
        .then()
        .statusCode(403);
    // an unknown id is 404 for admins too
    Api.as(admin)
        .get("/api/organizations/{id}", UUID.randomUUID())
        .then()
        .statusCode(404)
        .body("type", equalTo("/problems/not-found"));
  }

  @Test
  void membersAreInvitedByEmailAndBecomeActiveAtFirstSignIn() {
    String org = Fixtures.organization(admin);
    Person leader = Fixtures.member(admin, org, "SENIOR_LEADER");
    Person invitee = Person.create("clinician");

    String memberId =
        Api.as(leader)
            .body(
                Map.of(
                    "email",
                    invitee.email().toUpperCase(),
                    "name",
                    "Invited Person",
                    "role",
                    "CLINICIAN"))
            .post("/api/organizations/{id}/members", org)
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/organizations/" + org + "/members/"))
            .body("status", equalTo("INVITED"))
            .body("role", equalTo("CLINICIAN"))
            .extract()
            .path("id");

    Api.as(leader)
        .queryParam("status", "INVITED")
        .get("/api/organizations/{id}/members", org)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].id", equalTo(memberId));

    // the person signs in with that verified e-mail: the invitation is theirs
    Api.as(invitee)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("organizations.organizationId", contains(org))
        .body("organizations[0].role", equalTo("CLINICIAN"));
    Api.as(invitee)
        .get("/api/organizations/{id}/members/{m}", org, memberId)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTIVE"));

    // inviting the same person twice is a conflict
    Api.as(leader)
        .body(Map.of("email", invitee.email(), "role", "SUPERVISOR"))
        .post("/api/organizations/{id}/members", org)
        .then()
        .statusCode(409);
    // a clinician may not invite
    Api.as(invitee)
        .body(Map.of("email", "x-" + UUID.randomUUID() + "@test.example.org", "role", "CLINICIAN"))
        .post("/api/organizations/{id}/members", org)
        .then()
        .statusCode(403);
  }

  @Test
  void anUnverifiedEmailDoesNotClaimAnInvitation() {
    String org = Fixtures.organization(admin);
    Person invitee = Person.create("clinician");
    Api.as(admin)
        .body(Map.of("email", invitee.email(), "role", "CLINICIAN"))
        .post("/api/organizations/{id}/members", org)
        .then()
        .statusCode(201);
    String unverified =
        TestTokens.person(UUID.randomUUID().toString(), invitee.email(), false, "Impostor");
    Api.as(unverified).get("/api/me").then().statusCode(200).body("organizations", empty());
    Api.as(unverified).get("/api/organizations/{id}", org).then().statusCode(404);
  }

  @Test
  void aSecondAccountWithTheSameVerifiedEmailDoesNotTakeOverAPersonAlreadyBound() {
    String org = Fixtures.organization(admin);
    Person invitee = Person.create("clinician");
    Api.as(admin)
        .body(Map.of("email", invitee.email(), "role", "CLINICIAN"))
        .post("/api/organizations/{id}/members", org)
        .then()
        .statusCode(201);
    // the invited person signs in: the invitation is theirs
    Api.as(invitee).get("/api/me").then().statusCode(200).body("organizations", hasSize(1));
    // another account (another subject) presenting the same verified address gets nothing of it
    String other =
        TestTokens.person(UUID.randomUUID().toString(), invitee.email(), true, "Second account");
    Api.as(other)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("organizations", empty())
        .body("email", not(equalTo(invitee.email())));
    Api.as(other).get("/api/organizations/{id}", org).then().statusCode(404);
    // and the first account keeps its organisation
    Api.as(invitee).get("/api/me").then().statusCode(200).body("organizations", hasSize(1));
  }

  @Test
  void rolesChangeAndTheLastSeniorLeaderStays() {
    String org = Fixtures.organization(admin);
    Person leader = Fixtures.member(admin, org, "SENIOR_LEADER");
    String leaderId =
        Api.as(admin)
            .queryParam("role", "SENIOR_LEADER")
            .get("/api/organizations/{id}/members", org)
            .then()
            .statusCode(200)
            .extract()
            .path("items[0].id");
    String etag = Fixtures.etag(admin, "/api/organizations/{id}/members/{m}", org, leaderId);

    Api.as(admin)
        .header("If-Match", etag)
        .body(Map.of("role", "CLINICIAN"))
        .put("/api/organizations/{id}/members/{m}", org, leaderId)
        .then()
        .statusCode(409)
        .body("detail", containsString("only senior leader"));
    Api.as(leader)
        .delete("/api/organizations/{id}/members/{m}", org, leaderId)
        .then()
        .statusCode(409);

    Person second = Fixtures.member(admin, org, "CLINICIAN");
    String secondId =
        Api.as(admin)
            .queryParam("role", "CLINICIAN")
            .get("/api/organizations/{id}/members", org)
            .then()
            .extract()
            .path("items[0].id");
    String secondTag = Fixtures.etag(leader, "/api/organizations/{id}/members/{m}", org, secondId);
    Api.as(leader)
        .header("If-Match", secondTag)
        .body(Map.of("role", "SENIOR_LEADER"))
        .put("/api/organizations/{id}/members/{m}", org, secondId)
        .then()
        .statusCode(200)
        .body("role", equalTo("SENIOR_LEADER"))
        .header("ETag", equalTo("\"1\""));
    Api.as(second)
        .delete("/api/organizations/{id}/members/{m}", org, leaderId)
        .then()
        .statusCode(204);
    Api.as(second).get("/api/organizations/{id}/members/{m}", org, leaderId).then().statusCode(404);
    Api.as(leader).get("/api/organizations/{id}", org).then().statusCode(404);
    Api.as(admin)
        .queryParam("entityId", leaderId)
        .queryParam("action", "member.removed")
        .get("/api/audit-events")
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].before.role", equalTo("SENIOR_LEADER"));
  }

  @Test
  void machineClientsAreRegisteredToOneOrganisation() {
    String org = Fixtures.organization(admin);
    String other = Fixtures.organization(admin);
    Person member = Fixtures.member(admin, org, "DATA_CONTACT");
    String clientId = "site-" + UUID.randomUUID().toString().substring(0, 8);

    Api.as(member)
        .body(Map.of("clientId", clientId, "name", "EHR export"))
        .post("/api/organizations/{id}/machine-clients", org)
        .then()
        .statusCode(403);
    String id =
        Api.as(admin)
            .body(Map.of("clientId", clientId, "name", "EHR export"))
            .post("/api/organizations/{id}/machine-clients", org)
            .then()
            .statusCode(201)
            .body("enabled", equalTo(true))
            .extract()
            .path("id");
    Api.as(admin)
        .body(Map.of("clientId", clientId, "name", "Again"))
        .post("/api/organizations/{id}/machine-clients", other)
        .then()
        .statusCode(409)
        .body("detail", containsString("another organisation"));
    Api.badInput(admin)
        .body(Map.of("clientId", "a b", "name", "x"))
        .post("/api/organizations/{id}/machine-clients", org)
        .then()
        .statusCode(400)
        .body("violations.field", contains("clientId"));

    // its token now acts for that organisation
    String token = TestTokens.machine(clientId);
    Api.as(token)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("kind", equalTo("MACHINE_CLIENT"))
        .body("organizations.organizationId", contains(org))
        .body("machineClient.clientId", equalTo(clientId));
    Api.as(member)
        .get("/api/organizations/{id}/machine-clients", org)
        .then()
        .statusCode(200)
        .body("items.clientId", hasItem(clientId));

    // suspended: the token no longer acts for anyone
    String etag = Fixtures.etag(admin, "/api/organizations/{id}/machine-clients/{c}", org, id);
    Api.as(admin)
        .header("If-Match", etag)
        .body(Map.of("name", "EHR export", "enabled", false))
        .put("/api/organizations/{id}/machine-clients/{c}", org, id)
        .then()
        .statusCode(200)
        .body("enabled", equalTo(false));
    Api.as(token).get("/api/me").then().statusCode(200).body("organizations", empty());
    Api.as(admin)
        .get("/api/organizations/{id}/machine-clients/{c}", other, id)
        .then()
        .statusCode(404);
  }
}
