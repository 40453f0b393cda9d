package org.lcp.application;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;

/** The core team and the signer are people of the applying organisation (its members). */
@QuarkusTest
class CoreTeamPeopleTest {

  ApplicationFixtures f;

  @BeforeEach
  void openCollaborative() {
    f = new ApplicationFixtures(null);
  }

  @Test
  void membersAreChosenByIdAndAnEmailOfAMemberIsThatMember() {
    var team = f.applicant();
    String application = f.start(team);
    Person clinician = Fixtures.member(f.admin, team.organizationId(), "CLINICIAN");
    String clinicianId = memberId(team, clinician.email());
    String leaderId = memberId(team, team.member().email());

    Api.as(team.member())
        .header("If-Match", ApplicationFixtures.etag(team.member(), application))
        .body(
            Map.of(
                "members",
                List.of(
                    // the name sent is not kept: the member's is
                    Map.of("memberId", leaderId, "role", "SENIOR_LEADER", "name", "Someone else"),
                    // by e-mail, in another case
                    Map.of(
                        "role",
                        "CLINICIAN",
                        "name",
                        "Whoever",
                        "email",
                        clinician.email().toUpperCase(),
                        "fte",
                        0.75))))
        .put("/api/applications/{id}/core-team", application)
        .then()
        .statusCode(200)
        .body("coreTeam.members.memberId", contains(leaderId, clinicianId))
        .body("coreTeam.members.name", contains(team.member().name(), clinician.name()))
        .body("coreTeam.members.email", contains(team.member().email(), clinician.email()))
        .body("coreTeam.members[1].fte", equalTo(0.75f));
    // nobody new was invited
    Api.as(team.member())
        .get("/api/organizations/{id}/members", team.organizationId())
        .then()
        .body("total", equalTo(2));
  }

  @Test
  void aNewPersonIsInvitedToTheOrganisationInTheSameOperation() {
    var team = f.applicant();
    String application = f.start(team);
    String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

    String memberId =
        Api.as(team.member())
            .header("If-Match", ApplicationFixtures.etag(team.member(), application))
            .body(
                Map.of(
                    "members",
                    List.of(
                        Map.of(
                            "role",
                            "DATA_MANAGER",
                            "name",
                            "Nadia New",
                            "email",
                            email,
                            "title",
                            "Analyst"))))
            .put("/api/applications/{id}/core-team", application)
            .then()
            .statusCode(200)
            .body("coreTeam.members[0].name", equalTo("Nadia New"))
            .extract()
            .path("coreTeam.members[0].memberId");
    Api.as(team.member())
        .get("/api/organizations/{o}/members/{m}", team.organizationId(), memberId)
        .then()
        .statusCode(200)
        .body("email", equalTo(email))
        .body("name", equalTo("Nadia New"))
        .body("role", equalTo("DATA_CONTACT"))
        .body("status", equalTo("INVITED"));
    Api.as(f.admin)
        .queryParam("entityId", memberId)
        .queryParam("action", "member.invited")
        .get("/api/audit-events")
        .then()
        .body("total", equalTo(1))
        .body("items[0].after.email", equalTo(email));

    // saved again, the same person is that member now: no second invitation
    Api.as(team.member())
        .header("If-Match", ApplicationFixtures.etag(team.member(), application))
        .body(
            Map.of(
                "members",
                List.of(Map.of("role", "DATA_MANAGER", "name", "Nadia New", "email", email))))
        .put("/api/applications/{id}/core-team", application)
        .then()
        .statusCode(200)
        .body("coreTeam.members[0].memberId", equalTo(memberId));
    Api.as(team.member())
        .get("/api/organizations/{id}/members", team.organizationId())
        .then()
        .body("total", equalTo(2));
  }

  @Test
  void onlyThoseWhoMayInviteAddNewPeople() {
    var team = f.applicant();
    String application = f.start(team);
    Person clinician = Fixtures.member(f.admin, team.organizationId(), "CLINICIAN");
    Api.as(clinician)
        .header("If-Match", ApplicationFixtures.etag(clinician, application))
        .body(
            Map.of(
                "members",
                List.of(
                    Map.of(
                        "role", "SUPERVISOR", "name", "Sam New", "email", "sam.new@example.org"))))
        .put("/api/applications/{id}/core-team", application)
        .then()
        .statusCode(403);
    Api.as(team.member())
        .get("/api/organizations/{id}/members", team.organizationId())
        .then()
        .body("items.email", not(hasItem("sam.new@example.org")));
    // choosing members is open to every applicant
    Api.as(clinician)
        .header("If-Match", ApplicationFixtures.etag(clinician, application))
        .body(
            Map.of(
                "members",
                List.of(
                    Map.of("role", "CLINICIAN", "memberId", memberId(team, clinician.email())))))
        .put("/api/applications/{id}/core-team", application)
        .then()
        .statusCode(200);
  }

  @Test
  void aMemberOfAnotherOrganisationIsRefusedLikeAnUnknownOne() {
    var team = f.applicant();
    String application = f.start(team);
    var other = f.applicant();
    String outsider = memberId(other, other.member().email());
    String etag = ApplicationFixtures.etag(team.member(), application);

    for (String id : List.of(outsider, UUID.randomUUID().toString())) {
      Api.as(team.member())
          .header("If-Match", etag)
          .body(Map.of("members", List.of(Map.of("role", "SENIOR_LEADER", "memberId", id))))
          .put("/api/applications/{id}/core-team", application)
          .then()
          .statusCode(400)
          .body("violations.field", contains("members[0].memberId"))
          .body("violations[0].message", equalTo("is not a member of this organisation"));
      Api.as(team.member())
          .header("If-Match", etag)
          .body(Map.of("agreed", true, "signerMemberId", id))
          .put("/api/applications/{id}/commitment", application)
          .then()
          .statusCode(400)
          .body("violations.field", contains("signerMemberId"))
          .body("violations[0].message", equalTo("is not a member of this organisation"));
    }
    // nothing was saved
    Api.as(team.member())
        .get("/api/applications/{id}", application)
        .then()
        .body("coreTeam.members.size()", equalTo(0))
        .body("commitment.agreed", equalTo(false));
  }

  @Test
  void theSignerIsAMember() {
    var team = f.applicant();
    String application = f.start(team);
    String leaderId = memberId(team, team.member().email());
    Api.as(team.member())
        .header("If-Match", ApplicationFixtures.etag(team.member(), application))
        .body(
            Map.of(
                "agreed",
                true,
                "signerMemberId",
                leaderId,
                "signerName",
                "Not this name",
                "signerTitle",
                "Director"))
        .put("/api/applications/{id}/commitment", application)
        .then()
        .statusCode(200)
        .body("commitment.signerMemberId", equalTo(leaderId))
        .body("commitment.signerName", equalTo(team.member().name()));
  }

  @Test
  void aNewEntryNeedsANameAndAnEmail() {
    var team = f.applicant();
    String application = f.start(team);
    Api.as(team.member())
        .header("If-Match", ApplicationFixtures.etag(team.member(), application))
        .body(Map.of("members", List.of(Map.of("role", "CLINICIAN"))))
        .put("/api/applications/{id}/core-team", application)
        .then()
        .statusCode(400)
        .body("violations.field", contains("members[0].name", "members[0].email"));
  }

  @Test
  void fteOutsideItsRangeOrWithMoreThanTwoDecimalsIsRefusedNotRounded() {
    var team = f.applicant();
    String application = f.start(team);
    String leaderId = memberId(team, team.member().email());
    String etag = ApplicationFixtures.etag(team.member(), application);
    for (double fte : new double[] {0.04, 1.01, 0}) {
      Api.badInput(team.member())
          .header("If-Match", etag)
          .body(Map.of("members", List.of(entry(leaderId, fte))))
          .put("/api/applications/{id}/core-team", application)
          .then()
          .statusCode(400)
          .body("violations.field", contains("members[0].fte"));
    }
    // 0.333 would have been stored as 0.33
    Api.as(team.member())
        .header("If-Match", etag)
        .body(Map.of("members", List.of(entry(leaderId, 0.5), entry(leaderId, 0.333))))
        .put("/api/applications/{id}/core-team", application)
        .then()
        .statusCode(400)
        .body("violations.field", contains("members[1].fte"))
        .body("violations[0].message", containsString("at most two decimals"));
    Api.as(team.member())
        .header("If-Match", etag)
        .body(Map.of("members", List.of(entry(leaderId, 0.05), entry(leaderId, 1.0))))
        .put("/api/applications/{id}/core-team", application)
        .then()
        .statusCode(200)
        .body("coreTeam.members.fte", contains(0.05f, 1.0f));
  }

  private static Map<String, Object> entry(String memberId, double fte) {
    Map<String, Object> m = new HashMap<>();
    m.put("memberId", memberId);
    m.put("role", "SENIOR_LEADER");
    m.put("fte", fte);
    return m;
  }

  private String memberId(ApplicationFixtures.Applicant team, String email) {
    List<String> ids =
        Api.as(f.admin)
            .queryParam("size", 100)
            .get("/api/organizations/{id}/members", team.organizationId())
            .then()
            .statusCode(200)
            .extract()
            .path("items.findAll { it.email == '" + email + "' }.id");
    return ids.get(0);
  }
}
