package org.lcp.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.mailer.Mailer;
import io.quarkus.mailer.MailerName;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lcp.notification.Outbox;
import org.lcp.notification.SmtpRelay;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.Mailbox;
import org.lcp.support.MockMail;
import org.lcp.support.Person;
import org.lcp.support.TestTokens;

/**
 * Learning communities' members (issue 16, point 1): asking to join and the facilitators' decision,
 * invitations, the directory with its opt-in visibility, leaving and removal, facilitators who are
 * not faculty, notices in the app and by e-mail (through a real SMTP server), audit records, who
 * may do what (401, 403, 404 for another community's data), input refused naming the field, and a
 * community's calls led by any of its members.
 */
@QuarkusTest
class CommunityResourceTest {

  @Inject MockMailbox mailbox;
  @Inject Outbox outbox;

  @Inject
  @MailerName("greenmail")
  Mailer greenmail;

  final Person admin = Person.admin();
  Person lead;
  Person otherLead;
  String community;
  String otherCommunity;
  String base;
  String otherBase;

  @BeforeEach
  void world() {
    lead = Fixtures.signIn(Person.faculty());
    community = Fixtures.collaborative(lead, "LEARNING_COMMUNITY");
    Fixtures.advance(lead, community, "ANNOUNCED");
    base = "/api/collaboratives/" + community + "/community-members";
    otherLead = Fixtures.signIn(Person.faculty());
    otherCommunity = Fixtures.collaborative(otherLead, "LEARNING_COMMUNITY");
    Fixtures.advance(otherLead, otherCommunity, "ANNOUNCED");
    otherBase = "/api/collaboratives/" + otherCommunity + "/community-members";
  }

  // ---- joining by request -----------------------------------------------------------------------

  @Test
  void aPersonAsksToJoinTheLeadIsToldAndApprovesAndThePersonIsWelcomed() {
    String org = Fixtures.organization(admin);
    Person clinician = Fixtures.member(admin, org, "CLINICIAN");
    var created =
        Api.as(clinician)
            .body(
                Map.of(
                    "organizationId",
                    org,
                    "region",
                    "North East",
                    "message",
                    "I run a trauma group",
                    "visible",
                    true))
            .post(base + "/join-requests")
            .then()
            .statusCode(201)
            .header("Location", containsString("/community-members/"))
            .header("ETag", notNullValue())
            .body("status", equalTo("PENDING"))
            .body("name", equalTo(clinician.name()))
            .body("organizationId", equalTo(org))
            .body("role", equalTo("CLINICIAN"))
            .body("message", equalTo("I run a trauma group"))
            .body("joinedAt", nullValue())
            .extract();
    String row = created.path("id");

    // nobody facilitates yet: the lead is told, in the app and by e-mail (topic community: EMAIL)
    var mails = MockMail.await(mailbox, lead.email(), 1);
    assertThat(mails.get(mails.size() - 1).getSubject()).contains(clinician.name());
    Api.as(lead)
        .get("/api/me/notifications")
        .then()
        .statusCode(200)
        .body("items.kind", hasItem("community.join-requested"));

    // asking twice is refused
    Api.as(clinician)
        .body(Map.of())
        .post(base + "/join-requests")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");

    // the requester is not a member yet: the directory is not theirs, their own row is
    Api.as(clinician).get(base).then().statusCode(404);
    Api.as(clinician).get(base + "/{id}", row).then().statusCode(200);

    String etag = created.header("ETag");
    Api.as(lead).post(base + "/{id}/approval", row).then().statusCode(428);
    Api.as(lead)
        .header("If-Match", "\"999\"")
        .post(base + "/{id}/approval", row)
        .then()
        .statusCode(412);
    Api.as(lead)
        .header("If-Match", etag)
        .post(base + "/{id}/approval", row)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTIVE"))
        .body("joinedAt", notNullValue());
    MockMail.await(mailbox, clinician.email(), 1);
    assertThat(mailbox.getMailsSentTo(clinician.email()))
        .anyMatch(m -> m.getSubject().startsWith("Welcome to "));

    // approved once: not again
    Api.as(lead)
        .header("If-Match", Fixtures.etag(lead, base + "/{id}", row))
        .post(base + "/{id}/approval", row)
        .then()
        .statusCode(409);

    // now a member: the directory answers, with the member in it
    Api.as(clinician)
        .get(base)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(row)))
        .body("items[0].organizationName", notNullValue())
        .body("items[0].region", equalTo("North East"))
        // their own row keeps the message they sent
        .body("items[0].message", equalTo("I run a trauma group"));
    assertThat(audit(row))
        .containsExactly("community-member.requested", "community-member.approved");
  }

  @Test
  void aDeclinedRequestCanBeMadeAgainLater() {
    Person p = Fixtures.signIn(Person.member());
    String row = request(p, false);
    Api.as(lead)
        .header("If-Match", Fixtures.etag(lead, base + "/{id}", row))
        .post(base + "/{id}/decline", row)
        .then()
        .statusCode(200)
        .body("status", equalTo("DECLINED"))
        .body("endedAt", notNullValue());
    Api.as(p).get(base).then().statusCode(404);
    String again = request(p, false);
    assertThat(again).isNotEqualTo(row);
    assertThat(audit(row))
        .containsExactly("community-member.requested", "community-member.declined");
  }

  @Test
  void theRequestersOrganisationMustBeTheirOwnAndInputIsCheckedNamingTheField() {
    String org = Fixtures.organization(admin);
    Person p = Fixtures.signIn(Person.member());
    var before = Db.snapshot();
    Api.as(p)
        .body(Map.of("organizationId", org))
        .post(base + "/join-requests")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("organizationId"));
    Api.badInput(p)
        .body(Map.of("region", "x".repeat(121)))
        .post(base + "/join-requests")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("region"));
    Api.badInput(p)
        .body(Map.of("message", "x".repeat(2001)))
        .post(base + "/join-requests")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("message"));
    Api.badInput(p)
        .body(Map.of("surprise", true))
        .post(base + "/join-requests")
        .then()
        .statusCode(400);
    assertThat(Db.snapshot()).isEqualTo(before);
  }

  // ---- invitations ------------------------------------------------------------------------------

  @Test
  void aFacilitatorInvitesAndOnlyTheInviteeAccepts() {
    Person invitee = Fixtures.signIn(Person.member());
    String inviteeId = userId(invitee);
    var created =
        Api.as(lead)
            .body(Map.of("userId", inviteeId, "message", "Join us"))
            .post(base + "/invitations")
            .then()
            .statusCode(201)
            .body("status", equalTo("INVITED"))
            .body("name", equalTo(invitee.name()))
            .extract();
    String row = created.path("id");
    MockMail.await(mailbox, invitee.email(), 1);
    Api.as(lead)
        .body(Map.of("userId", inviteeId))
        .post(base + "/invitations")
        .then()
        .statusCode(409);
    // invited is not a member; the lead sees the invitation but may not accept it
    Api.as(invitee).get(base).then().statusCode(404);
    Api.as(lead)
        .header("If-Match", created.header("ETag"))
        .post(base + "/{id}/acceptance", row)
        .then()
        .statusCode(403);
    Api.as(invitee)
        .header("If-Match", created.header("ETag"))
        .post(base + "/{id}/acceptance", row)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTIVE"));
    Api.as(invitee).get(base).then().statusCode(200);
    assertThat(audit(row)).containsExactly("community-member.invited", "community-member.accepted");

    // an unknown person, another person's organisation: 400 naming the field
    Api.as(lead)
        .body(Map.of("userId", UUID.randomUUID().toString()))
        .post(base + "/invitations")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("userId"));
    Person stranger = Fixtures.signIn(Person.member());
    Api.as(lead)
        .body(Map.of("userId", userId(stranger), "organizationId", Fixtures.organization(admin)))
        .post(base + "/invitations")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("organizationId"));
    Api.badInput(lead)
        .body(Map.of())
        .post(base + "/invitations")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("userId"));
  }

  @Test
  void aStewardInvitesByEmailAndTheInviteeFindsTheInvitationAsTheirOwnRow() {
    // someone who has never signed in: recorded by e-mail, told by e-mail, recognised at sign-in
    Person newcomer = Person.member();
    Api.as(lead)
        .body(
            Map.of(
                "email", newcomer.email(),
                "name", newcomer.name(),
                "message", "Come along"))
        .post(base + "/invitations")
        .then()
        .statusCode(201)
        .body("status", equalTo("INVITED"))
        .body("name", equalTo(newcomer.name()));
    MockMail.await(mailbox, newcomer.email(), 1);
    Fixtures.signIn(newcomer);
    var mine =
        Api.as(newcomer)
            .get(base + "/mine")
            .then()
            .statusCode(200)
            .body("status", equalTo("INVITED"))
            .body("userId", equalTo(userId(newcomer)))
            .extract();
    String row = mine.path("id");
    Api.as(newcomer)
        .header("If-Match", mine.header("ETag"))
        .post(base + "/{id}/acceptance", row)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTIVE"));
    Api.as(newcomer).get(base + "/mine").then().statusCode(200).body("id", equalTo(row));

    // someone known, by e-mail: the same person, once; again 409
    Person known = Fixtures.signIn(Person.member());
    Api.as(lead)
        .body(Map.of("email", known.email().toUpperCase(java.util.Locale.ROOT)))
        .post(base + "/invitations")
        .then()
        .statusCode(201)
        .body("userId", equalTo(userId(known)));
    Api.as(lead)
        .body(Map.of("userId", userId(known)))
        .post(base + "/invitations")
        .then()
        .statusCode(409);
    assertThat(
            Db.count(
                "select count(*) from app_user where lower(email) = lower('"
                    + known.email()
                    + "')"))
        .isEqualTo(1);

    // both or neither of userId and email, a malformed address: 400 naming the field
    Api.as(lead)
        .body(Map.of("userId", userId(known), "email", known.email()))
        .post(base + "/invitations")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("userId"));
    Api.badInput(lead)
        .body(Map.of("email", "not-an-address"))
        .post(base + "/invitations")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("email"));
  }

  @Test
  void onesOwnRowIsFoundWhateverTheDirectoryShowsAndNobodyElseIsFound() {
    Person p = Fixtures.signIn(Person.member());
    // no row: 404, for the lead too (they see every row through the directory instead)
    Api.as(p).get(base + "/mine").then().statusCode(404);
    Api.as(lead).get(base + "/mine").then().statusCode(404);
    String row = request(p, false);
    Api.as(p)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("communities.collaborativeId", org.hamcrest.Matchers.contains(community))
        .body("communities[0].status", equalTo("PENDING"))
        .body("communities[0].facilitator", equalTo(false));
    // waiting: not in any directory the person may read, but their own row
    Api.as(p).get(base).then().statusCode(404);
    Api.as(p)
        .get(base + "/mine")
        .then()
        .statusCode(200)
        .body("id", equalTo(row))
        .body("status", equalTo("PENDING"))
        .header("ETag", notNullValue());
    Api.as(lead)
        .header("If-Match", Fixtures.etag(lead, base + "/{id}", row))
        .post(base + "/{id}/decline", row)
        .then()
        .statusCode(200);
    // ended: the row that ended last; /api/me lists open rows only
    Api.as(p).get(base + "/mine").then().statusCode(200).body("status", equalTo("DECLINED"));
    Api.as(p).get("/api/me").then().statusCode(200).body("communities", hasSize(0));
    // asked again: the open row wins over the declined one
    String again = request(p, true);
    Api.as(p).get(base + "/mine").then().statusCode(200).body("id", equalTo(again));
    // another community's own row is not this one's; a collaborative is no community
    Api.as(p).get(otherBase + "/mine").then().statusCode(404);
    Api.as(lead)
        .get("/api/collaboratives/{id}/community-members/mine", Fixtures.collaborative(lead))
        .then()
        .statusCode(404);
    Api.anonymous().get(base + "/mine").then().statusCode(401);
  }

  // ---- the directory ----------------------------------------------------------------------------

  @Test
  void membersSeeOnlyVisibleMembersAndStewardsSeeEveryoneWithRequests() {
    Person shown = Fixtures.signIn(Person.member());
    Person hidden = Fixtures.signIn(Person.member());
    Person waiting = Fixtures.signIn(Person.member());
    String shownRow = join(shown, true);
    String hiddenRow = join(hidden, false);
    String waitingRow = request(waiting, true);

    Api.as(shown)
        .get(base)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items.id", equalTo(List.of(shownRow)))
        .body("items[0].message", nullValue());
    // a member reads a visible member's row, not a hidden one's, nor a request
    Api.as(hidden).get(base + "/{id}", shownRow).then().statusCode(200);
    Api.as(shown).get(base + "/{id}", hiddenRow).then().statusCode(404);
    Api.as(shown).get(base + "/{id}", waitingRow).then().statusCode(404);
    Api.as(shown)
        .queryParam("status", "PENDING")
        .get(base)
        .then()
        .statusCode(200)
        .body("total", equalTo(0));

    Api.as(lead).get(base).then().statusCode(200).body("total", equalTo(3));
    Api.as(lead)
        .queryParam("status", "PENDING")
        .get(base)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(waitingRow)))
        .body("items[0].message", equalTo("Hello"));
    Api.as(lead)
        .queryParam("size", 2)
        .queryParam("page", 1)
        .get(base)
        .then()
        .statusCode(200)
        .body("total", equalTo(3))
        .body("items.size()", equalTo(1));
    Api.badInput(lead).queryParam("size", 101).get(base).then().statusCode(400);
    Api.badInput(lead).queryParam("status", "MAYBE").get(base).then().statusCode(400);

    // the hidden member opts in, with a region; the region is checked
    String etag = Fixtures.etag(hidden, base + "/{id}", hiddenRow);
    Api.badInput(hidden)
        .header("If-Match", etag)
        .body(Map.of("visible", true, "region", "x".repeat(121)))
        .put(base + "/{id}/visibility", hiddenRow)
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("region"));
    Api.badInput(hidden)
        .header("If-Match", etag)
        .body(Map.of("region", "West"))
        .put(base + "/{id}/visibility", hiddenRow)
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("visible"));
    Api.as(lead)
        .header("If-Match", etag)
        .body(Map.of("visible", true))
        .put(base + "/{id}/visibility", hiddenRow)
        .then()
        .statusCode(403);
    Api.as(hidden)
        .header("If-Match", etag)
        .body(Map.of("visible", true, "region", "West"))
        .put(base + "/{id}/visibility", hiddenRow)
        .then()
        .statusCode(200)
        .body("visible", equalTo(true))
        .body("region", equalTo("West"));
    Api.as(shown).get(base).then().statusCode(200).body("total", equalTo(2));
    assertThat(audit(hiddenRow)).contains("community-member.visibility-changed");
  }

  // ---- facilitators -----------------------------------------------------------------------------

  @Test
  void theLeadMakesAMemberWhoIsNotFacultyAFacilitatorWhoThenRunsTheCommunity() {
    Person facilitator = Fixtures.signIn(Person.member());
    String fRow = join(facilitator, true);
    Person member = Fixtures.signIn(Person.member());
    String mRow = join(member, true);

    // a plain member neither invites nor sees requests nor appoints facilitators
    Api.as(member)
        .body(Map.of("userId", userId(Fixtures.signIn(Person.member()))))
        .post(base + "/invitations")
        .then()
        .statusCode(403);
    Api.as(member)
        .header("If-Match", Fixtures.etag(lead, base + "/{id}", mRow))
        .put(base + "/{id}/facilitator", mRow)
        .then()
        .statusCode(403);

    Api.as(lead)
        .header("If-Match", Fixtures.etag(lead, base + "/{id}", fRow))
        .put(base + "/{id}/facilitator", fRow)
        .then()
        .statusCode(200)
        .body("facilitator", equalTo(true));
    // /api/me says so, for the web client to show a facilitator's buttons
    Api.as(facilitator)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body(
            "communities.find { it.collaborativeId == '" + community + "' }.status",
            equalTo("ACTIVE"))
        .body(
            "communities.find { it.collaborativeId == '" + community + "' }.facilitator",
            equalTo(true));

    // the facilitator is told of the next request (not the lead any more) and approves it
    Person newcomer = Fixtures.signIn(Person.member());
    String nRow = request(newcomer, true);
    MockMail.await(mailbox, facilitator.email(), 1);
    Api.as(facilitator)
        .queryParam("status", "PENDING")
        .get(base)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(nRow)));
    Api.as(facilitator)
        .header("If-Match", Fixtures.etag(facilitator, base + "/{id}", nRow))
        .post(base + "/{id}/approval", nRow)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACTIVE"));

    // but appointing facilitators is the lead's (and admins'): 403 for the facilitator
    Api.as(facilitator)
        .header("If-Match", Fixtures.etag(lead, base + "/{id}", mRow))
        .put(base + "/{id}/facilitator", mRow)
        .then()
        .statusCode(403);
    // and they facilitate this community only: another community's data is 404
    Api.as(facilitator).get(otherBase).then().statusCode(404);

    // removes a member; the removed member's row stays, ended
    Api.as(facilitator)
        .header("If-Match", Fixtures.etag(facilitator, base + "/{id}", mRow))
        .delete(base + "/{id}", mRow)
        .then()
        .statusCode(204);
    Api.as(lead)
        .get(base + "/{id}", mRow)
        .then()
        .statusCode(200)
        .body("status", equalTo("REMOVED"))
        .body("endedAt", notNullValue());
    Api.as(member).get(base).then().statusCode(404);

    Api.as(admin)
        .header("If-Match", Fixtures.etag(lead, base + "/{id}", fRow))
        .delete(base + "/{id}/facilitator", fRow)
        .then()
        .statusCode(204);
    Api.as(lead)
        .get(base + "/{id}", fRow)
        .then()
        .statusCode(200)
        .body("facilitator", equalTo(false))
        .body("status", equalTo("ACTIVE"));
    Api.as(facilitator).queryParam("status", "PENDING").get(base).then().statusCode(200);
    Api.as(facilitator).get(base + "/{id}", mRow).then().statusCode(404);
    assertThat(audit(fRow))
        .contains(
            "community-member.facilitator-assigned", "community-member.facilitator-unassigned");
    assertThat(audit(mRow)).contains("community-member.removed");
  }

  // ---- leaving ----------------------------------------------------------------------------------

  @Test
  void aMemberLeavesAndMayAskAgainWithANewRow() {
    Person p = Fixtures.signIn(Person.member());
    String row = join(p, true);
    Person other = Fixtures.signIn(Person.member());
    String otherRow = join(other, true);
    // another member may see the row, not end it
    Api.as(other)
        .header("If-Match", Fixtures.etag(p, base + "/{id}", row))
        .delete(base + "/{id}", row)
        .then()
        .statusCode(403);
    Api.as(p).delete(base + "/{id}", row).then().statusCode(428);
    Api.as(p)
        .header("If-Match", Fixtures.etag(p, base + "/{id}", row))
        .delete(base + "/{id}", row)
        .then()
        .statusCode(204);
    Api.as(p).get(base + "/{id}", row).then().statusCode(200).body("status", equalTo("LEFT"));
    Api.as(p)
        .header("If-Match", Fixtures.etag(p, base + "/{id}", row))
        .delete(base + "/{id}", row)
        .then()
        .statusCode(409);
    Api.as(p).get(base).then().statusCode(404);
    Api.as(other).get(base).then().statusCode(200).body("items.id", not(hasItem(row)));
    assertThat(request(p, true)).isNotEqualTo(row);
    assertThat(audit(row)).contains("community-member.left");
    assertThat(otherRow).isNotNull();
  }

  // ---- who may ----------------------------------------------------------------------------------

  @Test
  void anonymousIs401ADataSystemIs403AndAnotherCommunitysDataIs404() {
    Person p = Fixtures.signIn(Person.member());
    String row = join(p, true);
    Api.anonymous().get(base).then().statusCode(401);
    Api.anonymous().get(base + "/{id}", row).then().statusCode(401);
    Api.anonymous().body(Map.of()).post(base + "/join-requests").then().statusCode(401);

    String org = Fixtures.organization(admin);
    String client = "community-ds-" + UUID.randomUUID().toString().substring(0, 8);
    Db.execute(
        "insert into machine_client (id, organization_id, client_id, name, created_at, updated_at)"
            + " values ('"
            + UUID.randomUUID()
            + "', '"
            + org
            + "', '"
            + client
            + "', 'DS', now(), now())");
    String machine = TestTokens.machine(client);
    Api.as(machine).get(base).then().statusCode(403);
    Api.as(machine).body(Map.of()).post(base + "/join-requests").then().statusCode(403);

    // a member of another community (and its lead) see nothing of this one
    Person elsewhere = Fixtures.signIn(Person.member());
    String elsewhereRow = join(otherLead, otherBase, elsewhere, true);
    Api.as(elsewhere).get(base).then().statusCode(404);
    Api.as(elsewhere).get(base + "/{id}", row).then().statusCode(404);
    Api.as(otherLead).get(base + "/{id}", row).then().statusCode(404);
    Api.as(otherLead)
        .header("If-Match", Fixtures.etag(lead, base + "/{id}", row))
        .delete(base + "/{id}", row)
        .then()
        .statusCode(404);
    // a row of another community through this community's path: 404, even for its lead
    Api.as(lead).get(base + "/{id}", elsewhereRow).then().statusCode(404);
    Api.as(otherLead).get(otherBase + "/{id}", elsewhereRow).then().statusCode(200);

    // a learning collaborative is no community: 404; and applications stay impossible for
    // communities
    String collaborative = Fixtures.collaborative(lead);
    Api.as(lead)
        .get("/api/collaboratives/{id}/community-members", collaborative)
        .then()
        .statusCode(404);
    Api.as(p)
        .body(Map.of())
        .post("/api/collaboratives/{id}/community-members/join-requests", collaborative)
        .then()
        .statusCode(404);
  }

  @Test
  void aClosedCommunityIsReadOnly() {
    Person p = Fixtures.signIn(Person.member());
    String row = join(p, true);
    Db.execute("update collaborative set phase = 'CLOSED' where id = '" + community + "'");
    Api.as(p).get(base).then().statusCode(200);
    Api.as(Fixtures.signIn(Person.member()))
        .body(Map.of())
        .post(base + "/join-requests")
        .then()
        .statusCode(409);
    Api.as(p)
        .header("If-Match", Fixtures.etag(p, base + "/{id}", row))
        .delete(base + "/{id}", row)
        .then()
        .statusCode(409);
  }

  // ---- a community's calls ----------------------------------------------------------------------

  @Test
  void anyMemberMayFacilitateACommunityCallButNotANonMember() {
    Person p = Fixtures.signIn(Person.member());
    join(p, true);
    Person stranger = Fixtures.signIn(Person.member());
    String calls = "/api/collaboratives/" + community + "/calls";
    String id =
        Api.as(lead)
            .body(call(userId(p)))
            .post(calls)
            .then()
            .statusCode(201)
            .body("facilitatorUserId", equalTo(userId(p)))
            .extract()
            .path("id");
    // the member sees the community's calls
    Api.as(p).get("/api/calls/{id}", id).then().statusCode(200);
    Api.as(p).get(calls).then().statusCode(200).body("items.id", hasItem(id));
    Api.as(stranger).get("/api/calls/{id}", id).then().statusCode(404);
    Api.as(lead)
        .body(call(userId(stranger)))
        .post(calls)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("facilitatorUserId"));
  }

  @Test
  void aMemberFacilitatingACommunityCallTakesItsAttendanceAndTheUsageReportCountsIt() {
    Person host = Fixtures.signIn(Person.member());
    String hostRow = join(host, true);
    Person guest = Fixtures.signIn(Person.member());
    String guestRow = join(guest, false);
    Person other = Fixtures.signIn(Person.member());
    String otherRow = join(other, true);
    // the three were members before the call; a fourth joins after it started: not expected
    Db.execute(
        "update community_member set joined_at = now() - interval '1 day' where id in ('"
            + hostRow
            + "', '"
            + guestRow
            + "', '"
            + otherRow
            + "')");
    Person late = Fixtures.signIn(Person.member());
    String lateRow = join(late, true);
    java.time.ZonedDateTime start =
        java.time.ZonedDateTime.now(java.time.ZoneId.of("America/New_York")).minusHours(2);
    Map<String, Object> body = new HashMap<>(call(userId(host)));
    body.put("start", start.toLocalDateTime().withSecond(0).withNano(0).toString());
    String callId =
        Api.as(lead)
            .body(body)
            .post("/api/collaboratives/" + community + "/calls")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String sheet = "/api/calls/{id}/attendance";

    // the facilitator (a member, not faculty) sees everyone expected and may record
    var read =
        Api.as(host)
            .get(sheet, callId)
            .then()
            .statusCode(200)
            .body("recordable", equalTo(true))
            .body(
                "people.communityMemberId",
                org.hamcrest.Matchers.containsInAnyOrder(hostRow, guestRow, otherRow))
            .body("people.rosterMemberId", everyItem(nullValue()))
            .extract();
    // another member sees their own row only, and may not record (403); a stranger 404
    Api.as(other)
        .get(sheet, callId)
        .then()
        .statusCode(200)
        .body("recordable", equalTo(false))
        .body("people.communityMemberId", org.hamcrest.Matchers.contains(otherRow));
    Person stranger = Fixtures.signIn(Person.member());
    Api.as(stranger).get(sheet, callId).then().statusCode(404);
    Map<String, Object> records =
        Map.of(
            "records",
            List.of(
                Map.of("communityMemberId", hostRow, "status", "PRESENT"),
                Map.of("communityMemberId", guestRow, "status", "PARTIAL", "note", "Left early"),
                Map.of("communityMemberId", otherRow, "status", "ABSENT")));
    Api.as(other)
        .header("If-Match", read.header("ETag"))
        .body(records)
        .put(sheet, callId)
        .then()
        .statusCode(403);

    // a member who joined after the call started, a roster id: 400 naming the record, nothing kept
    Api.as(host)
        .header("If-Match", read.header("ETag"))
        .body(
            Map.of(
                "records",
                List.of(
                    Map.of("communityMemberId", hostRow, "status", "PRESENT"),
                    Map.of("communityMemberId", lateRow, "status", "PRESENT"),
                    Map.of("rosterMemberId", UUID.randomUUID().toString(), "status", "PRESENT"))))
        .put(sheet, callId)
        .then()
        .statusCode(400)
        .body(
            "violations.field",
            org.hamcrest.Matchers.contains(
                "records[1].communityMemberId", "records[2].rosterMemberId"));
    assertThat(Db.count("select count(*) from call_attendance where call_id = '" + callId + "'"))
        .isZero();

    Api.as(host)
        .header("If-Match", read.header("ETag"))
        .body(records)
        .put(sheet, callId)
        .then()
        .statusCode(200)
        .body("state", equalTo("HELD"))
        .body(
            "people.find { it.communityMemberId == '" + guestRow + "' }.status", equalTo("PARTIAL"))
        .body(
            "people.find { it.communityMemberId == '" + hostRow + "' }.recordedBy",
            equalTo(host.name()));
    // the hidden member is on the sheet (attendance is not the directory), for the lead too
    Api.as(lead)
        .get(sheet, callId)
        .then()
        .statusCode(200)
        .body("people", hasSize(3))
        .body("recordable", equalTo(true));

    // the usage report counts the call held and the two who attended
    String month =
        java.time.YearMonth.from(start.withZoneSameInstant(java.time.ZoneOffset.UTC)).toString();
    Api.as(lead)
        .queryParam("from", month)
        .queryParam("to", month)
        .get("/api/collaboratives/{id}/community-usage", community)
        .then()
        .statusCode(200)
        .body("months[0].callsHeld", equalTo(1))
        .body("months[0].callAttendance", equalTo(2));
  }

  // ---- e-mail through a real SMTP server --------------------------------------------------------

  @Test
  void theApprovalEmailReallyArrivesThroughSmtp() {
    Assumptions.assumeTrue(
        Mailbox.answers() || System.getProperty("lcp.test.keycloak", "").equals("required"),
        "GreenMail does not answer at " + Mailbox.API + " (infra/scripts/mail.sh start)");
    Person p = Fixtures.signIn(Person.member());
    String row = request(p, true);
    Api.as(lead)
        .header("If-Match", Fixtures.etag(lead, base + "/{id}", row))
        .post(base + "/{id}/approval", row)
        .then()
        .statusCode(200);
    MockMail.await(mailbox, p.email(), 1);
    Mailbox.awaitSent(p.email());
    String subject =
        mailbox.getMailsSentTo(p.email()).stream()
            .map(m -> m.getSubject())
            .filter(s -> s.startsWith("Welcome to "))
            .findFirst()
            .orElseThrow();
    assertThat(SmtpRelay.resend(outbox, greenmail, p.email(), subject)).isTrue();
    Mailbox.Message m = Mailbox.await(p.email(), 1).get(0);
    assertThat(m.subject()).startsWith("Welcome to ");
    assertThat(m.mime()).contains("you are a member now");
  }

  // ---- helpers ----------------------------------------------------------------------------------

  /** The person asks to join this community; the row's id. */
  String request(Person p, boolean visible) {
    Map<String, Object> body = new HashMap<>();
    body.put("visible", visible);
    body.put("message", "Hello");
    return Api.as(p)
        .body(body)
        .post(base + "/join-requests")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** The person asks to join and the lead approves: an ACTIVE member's row. */
  String join(Person p, boolean visible) {
    return join(lead, base, p, visible);
  }

  static String join(Person steward, String members, Person p, boolean visible) {
    String row =
        Api.as(p)
            .body(Map.of("visible", visible))
            .post(members + "/join-requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.as(steward)
        .header("If-Match", Fixtures.etag(steward, members + "/{id}", row))
        .post(members + "/{id}/approval", row)
        .then()
        .statusCode(200);
    return row;
  }

  static String userId(Person p) {
    return Api.as(p).get("/api/me").then().statusCode(200).extract().path("userId");
  }

  static Map<String, Object> call(String facilitator) {
    return Map.of(
        "topic", "Sharing what works",
        "start", LocalDate.now().plusDays(20) + "T17:00",
        "timeZone", "America/New_York",
        "durationMinutes", 60,
        "facilitatorUserId", facilitator,
        "audience", "COLLABORATIVE",
        "mode", "VIDEO",
        "joinUrl", "https://video.example.org/community");
  }

  static List<String> audit(String row) {
    return List.of(
        Db.text(
                "select string_agg(action, ',' order by occurred_at, action) from audit_event"
                    + " where entity_type = 'community-member' and entity_id = '"
                    + row
                    + "'")
            .split(","));
  }
}
