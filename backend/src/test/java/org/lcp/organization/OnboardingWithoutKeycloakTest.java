package org.lcp.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Person;

/**
 * With identity administration off (the ordinary test profile), an invitation and a data system's
 * registration are recorded and the answers say that no account, e-mail, client or secret was made;
 * the operations that exist only in Keycloak say it is off; the people list says the roles are not
 * known.
 */
@QuarkusTest
class OnboardingWithoutKeycloakTest {

  final Person admin = Person.admin();

  String organisation() {
    return Api.as(admin)
        .body(Map.of("name", "Onboarding " + UUID.randomUUID()))
        .post("/api/organizations")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void anInvitationIsRecordedAndSaysNoEmailWasSent() {
    String org = organisation();
    String email = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example.org";
    String member =
        Api.as(admin)
            .body(Map.of("email", email, "role", "CLINICIAN"))
            .post("/api/organizations/{id}/members", org)
            .then()
            .statusCode(201)
            .body("status", equalTo("INVITED"))
            .body("invitationEmail", equalTo("NOT_SENT"))
            .extract()
            .path("id");
    Api.as(admin)
        .post("/api/organizations/{id}/members/{m}/invitation", org, member)
        .then()
        .statusCode(200)
        .body("invitationEmail", equalTo("NOT_SENT"));
    // read back: the invitation answer's note is not part of the member
    Api.as(admin)
        .get("/api/organizations/{id}/members/{m}", org, member)
        .then()
        .statusCode(200)
        .body("invitationEmail", nullValue());
    // the same person twice is refused before anything else happens
    Api.as(admin)
        .body(Map.of("email", email, "role", "CLINICIAN"))
        .post("/api/organizations/{id}/members", org)
        .then()
        .statusCode(409);
  }

  @Test
  void aDataSystemIsRegisteredWithoutASecretAndRotatingSaysIdentityAdministrationIsOff() {
    String org = organisation();
    String clientId = "off-" + UUID.randomUUID().toString().substring(0, 8);
    String id =
        Api.as(admin)
            .body(Map.of("clientId", clientId, "name", "Off data system"))
            .post("/api/organizations/{id}/machine-clients", org)
            .then()
            .statusCode(201)
            .body("secret", nullValue())
            .body("secretNote", containsString("Keycloak"))
            .extract()
            .path("id");
    Api.as(admin)
        .post("/api/organizations/{id}/machine-clients/{c}/secret", org, id)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/identity-admin-off"));
  }

  @Test
  void thePeopleListSaysTheRolesAreNotKnown() {
    Person someone = Person.member();
    Api.as(someone).get("/api/me").then().statusCode(200);
    Api.as(admin)
        .queryParam("q", someone.email())
        .get("/api/people")
        .then()
        .statusCode(200)
        .body("platformRolesKnown", equalTo(false))
        .body("total", equalTo(1))
        .body("items[0].email", equalTo(someone.email()))
        .body("items[0].signedIn", equalTo(true))
        .body("items[0].platformRoles", nullValue());
    assertThat(Db.count("select count(*) from app_user where email = '" + someone.email() + "'"))
        .isEqualTo(1);
  }
}
