package org.lcp.announcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.MockMail;
import org.lcp.support.Person;

/**
 * Announcements (issue 16, point 3): a community's and a collaborative's news published by those
 * who run it and told to its audience per each person's preference (topic announcements), pinned
 * ones first, home pages, changes with If-Match, deletion, network-wide news told in batches once
 * each, input refused naming the field, and who may do what (403, 404 for another community's).
 */
@QuarkusTest
class AnnouncementResourceTest {

  @Inject MockMailbox mailbox;
  @Inject AnnouncementFanout fanout;

  final Person admin = Person.admin();
  Person lead;
  Person member;
  Person quiet;
  String community;
  String base;
  String otherCommunity;
  Person otherMember;

  @BeforeEach
  void world() {
    lead = Fixtures.signIn(Person.faculty());
    community = Fixtures.collaborative(lead, "LEARNING_COMMUNITY");
    Fixtures.advance(lead, community, "ANNOUNCED");
    base = "/api/collaboratives/" + community + "/announcements";
    member = Fixtures.signIn(Person.member());
    quiet = Fixtures.signIn(Person.member());
    joined(community, member);
    joined(community, quiet);
    // the member wants news at once; the quiet one keeps the default (a daily digest)
    Db.execute(
        "insert into notification_preference (user_id, topic, delivery, updated_at) values ('"
            + userId(member)
            + "', 'announcements', 'EMAIL', now())");
    Person otherLead = Fixtures.signIn(Person.faculty());
    otherCommunity = Fixtures.collaborative(otherLead, "LEARNING_COMMUNITY");
    Fixtures.advance(otherLead, otherCommunity, "ANNOUNCED");
    otherMember = Fixtures.signIn(Person.member());
    joined(otherCommunity, otherMember);
  }

  @Test
  void aStewardPublishesAndTheMembersAreToldAsTheyChose() {
    var created =
        Api.as(lead)
            .body(Map.of("title", "Monthly call moved", "body", "We meet on **Thursday** now."))
            .post(base)
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/announcements/"))
            .header("ETag", notNullValue())
            .body("collaborativeId", equalTo(community))
            .body("title", equalTo("Monthly call moved"))
            .body("pinned", equalTo(false))
            .body("mayChange", equalTo(true))
            .body("authorName", equalTo(lead.name()))
            .extract();
    String id = created.path("id");

    // the member who chose e-mail at once gets one; the quiet member's waits for the daily digest
    var mails = MockMail.await(mailbox, member.email(), 1);
    assertThat(mails.get(mails.size() - 1).getSubject()).contains("Monthly call moved");
    assertThat(mailbox.getMailsSentTo(quiet.email())).isNullOrEmpty();
    for (Person p : List.of(member, quiet)) {
      Api.as(p)
          .get("/api/me/notifications")
          .then()
          .statusCode(200)
          .body("items.kind", hasItem("announcements.published"))
          .body("items.link", hasItem("/announcements/" + id));
    }
    assertThat(
            Db.count(
                "select count(*) from notification where user_id = '"
                    + userId(quiet)
                    + "' and kind = 'announcements.published' and awaiting_digest"))
        .isEqualTo(1);
    // the author is not told of their own news
    assertThat(
            Db.count(
                "select count(*) from notification where user_id = '"
                    + userId(lead)
                    + "' and kind = 'announcements.published'"))
        .isZero();

    // members read it; a member does not publish; another community's member sees nothing of it
    Api.as(member)
        .get(base)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(id)))
        .body("items[0].mayChange", equalTo(false));
    Api.as(member).get("/api/announcements/{id}", id).then().statusCode(200);
    Api.as(member)
        .body(Map.of("title", "Mine", "body", "Hello"))
        .post(base)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    Api.as(otherMember).get(base).then().statusCode(404);
    Api.as(otherMember).get("/api/announcements/{id}", id).then().statusCode(404);
    Api.as(otherMember)
        .body(Map.of("title", "Mine", "body", "Hello"))
        .post(base)
        .then()
        .statusCode(404);
    // a person who only asked to join is not a member yet
    Person waiting = Fixtures.signIn(Person.member());
    Api.as(waiting)
        .body(Map.of())
        .post("/api/collaboratives/" + community + "/community-members/join-requests")
        .then()
        .statusCode(201);
    Api.as(waiting).get(base).then().statusCode(404);
    assertThat(audit(id)).containsExactly("announcement.published");
  }

  @Test
  void pinnedOnesComeFirstAndHomePagesShowTheLatestTheCallerReads() {
    String pinned =
        publish(
            lead,
            base,
            Map.of(
                "title",
                "Read me first",
                "body",
                "Welcome",
                "pinnedUntil",
                Instant.now().plus(2, ChronoUnit.DAYS).toString()));
    String older = publish(lead, base, Map.of("title", "Older", "body", "Old news"));
    String newer = publish(lead, base, Map.of("title", "Newer", "body", "New news"));
    Api.as(member)
        .get(base)
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(pinned, newer, older)))
        .body("items[0].pinned", equalTo(true))
        .body("total", equalTo(3));
    String elsewhere =
        publish(
            admin,
            "/api/collaboratives/" + otherCommunity + "/announcements",
            Map.of("title", "Elsewhere", "body", "Not for you"));
    String network =
        publish(admin, "/api/announcements", Map.of("title", "Network news", "body", "For all"));

    var home = Api.as(member).get("/api/me/home").then().statusCode(200).extract().jsonPath();
    List<String> ids = home.getList("announcements.id");
    assertThat(ids).hasSizeLessThanOrEqualTo(5);
    assertThat(ids.get(0)).isEqualTo(pinned);
    assertThat(ids).contains(network, newer).doesNotContain(elsewhere);
    Api.as(otherMember)
        .get("/api/me/home")
        .then()
        .statusCode(200)
        .body("announcements.id", not(hasItem(pinned)))
        .body("announcements.id", hasItem(elsewhere));
  }

  @Test
  void changesNeedTheCurrentETagAndADeletedOneIsGone() {
    String id = publish(lead, base, Map.of("title", "Draft title", "body", "Text"));
    String path = "/api/announcements/" + id;
    Api.as(lead).body(Map.of("title", "New title")).patch(path).then().statusCode(428);
    Api.as(lead)
        .header("If-Match", "\"999\"")
        .body(Map.of("title", "New title"))
        .patch(path)
        .then()
        .statusCode(412);
    String etag = Fixtures.etag(lead, path);
    String until = Instant.now().plus(1, ChronoUnit.DAYS).toString();
    Api.as(lead)
        .header("If-Match", etag)
        .body(Map.of("title", "New title", "pinnedUntil", until))
        .patch(path)
        .then()
        .statusCode(200)
        .body("title", equalTo("New title"))
        .body("body", equalTo("Text"))
        .body("pinned", equalTo(true));
    Api.as(lead)
        .header("If-Match", Fixtures.etag(lead, path))
        .body(Map.of("unpin", true))
        .patch(path)
        .then()
        .statusCode(200)
        .body("pinned", equalTo(false));
    // a member may read, not change
    Api.as(member)
        .header("If-Match", Fixtures.etag(lead, path))
        .body(Map.of("title", "Hijacked"))
        .patch(path)
        .then()
        .statusCode(403);
    Api.as(member)
        .header("If-Match", Fixtures.etag(lead, path))
        .delete(path)
        .then()
        .statusCode(403);
    Api.as(lead).header("If-Match", Fixtures.etag(lead, path)).delete(path).then().statusCode(204);
    Api.as(lead).get(path).then().statusCode(404);
    Api.as(member).get(base).then().statusCode(200).body("items.id", not(hasItem(id)));
    assertThat(audit(id))
        .containsExactly(
            "announcement.published",
            "announcement.updated",
            "announcement.updated",
            "announcement.deleted");
  }

  @Test
  void inputIsRefusedNamingTheFieldAndNothingIsWritten() {
    long before = Db.count("select count(*) from announcement");
    Api.as(lead)
        .body(Map.of("title", "   ", "body", "Text"))
        .post(base)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("title"));
    Api.as(lead)
        .body(
            Map.of(
                "title",
                "Late",
                "body",
                "Text",
                "pinnedUntil",
                Instant.now().minus(1, ChronoUnit.DAYS).toString()))
        .post(base)
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("pinnedUntil"));
    Api.badInput(lead)
        .body(Map.of("title", "Long", "body", "x".repeat(10001)))
        .post(base)
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("body"));
    Api.badInput(lead)
        .body(Map.of("title", "x".repeat(201), "body", "Text"))
        .post(base)
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("title"));
    assertThat(Db.count("select count(*) from announcement")).isEqualTo(before);
    String id = publish(lead, base, Map.of("title", "Fine", "body", "Text"));
    Api.as(lead)
        .header("If-Match", Fixtures.etag(lead, "/api/announcements/" + id))
        .body(Map.of("unpin", true, "pinnedUntil", Instant.now().plusSeconds(3600).toString()))
        .patch("/api/announcements/" + id)
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("unpin"));
  }

  @Test
  void aCollaborativesLeadPublishesToItsTeamsPeopleAndItsOtherFacultyMayNot() {
    String collaborative = Fixtures.collaborative(lead);
    Fixtures.advance(lead, collaborative, "ANNOUNCED");
    String path = "/api/collaboratives/" + collaborative + "/announcements";
    String org = Fixtures.organization(admin);
    Person clinician = Fixtures.member(admin, org, "CLINICIAN");
    String otherOrg = Fixtures.organization(admin);
    Person stranger = Fixtures.member(admin, otherOrg, "CLINICIAN");
    Db.execute(
        "insert into team (id, collaborative_id, organization_id, enrolled_at) values ('"
            + UUID.randomUUID()
            + "', '"
            + collaborative
            + "', '"
            + org
            + "', now())");
    Person faculty = Fixtures.signIn(Person.faculty());
    Db.execute(
        "insert into faculty_assignment (collaborative_id, user_id, lead, assigned_at, updated_at)"
            + " values ('"
            + collaborative
            + "', '"
            + userId(faculty)
            + "', false, now(), now())");

    Api.as(faculty)
        .body(Map.of("title", "Not mine", "body", "Text"))
        .post(path)
        .then()
        .statusCode(403);
    String id = publish(lead, path, Map.of("title", "Data due", "body", "Send March's values."));
    Api.as(clinician).get(path).then().statusCode(200).body("items.id", equalTo(List.of(id)));
    Api.as(faculty).get(path).then().statusCode(200);
    Api.as(stranger).get(path).then().statusCode(404);
    Api.as(stranger).get("/api/announcements/{id}", id).then().statusCode(404);
    Api.as(clinician)
        .get("/api/me/notifications")
        .then()
        .statusCode(200)
        .body("items.link", hasItem("/announcements/" + id));
    assertThat(
            Db.count(
                "select count(*) from notification where user_id = '"
                    + userId(stranger)
                    + "' and link = '/announcements/"
                    + id
                    + "'"))
        .isZero();
  }

  @Test
  void networkNewsIsPublishedByAdminsAndToldToEverybodyOnceInBatches() {
    Api.as(lead)
        .body(Map.of("title", "Not mine", "body", "Text"))
        .post("/api/announcements")
        .then()
        .statusCode(403);
    String id =
        publish(admin, "/api/announcements", Map.of("title", "Welcome all", "body", "News"));
    Api.as(member).get("/api/announcements/{id}", id).then().statusCode(200);
    Api.as(otherMember)
        .get("/api/announcements")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
    // told once the batches finish (after the commit, on a worker thread)
    awaitTold(id);
    String told =
        "select count(*) from notification where link = '/announcements/" + id + "' and user_id = ";
    assertThat(Db.count(told + "'" + userId(member) + "'")).isEqualTo(1);
    assertThat(Db.count(told + "'" + userId(otherMember) + "'")).isEqualTo(1);
    MockMail.await(mailbox, member.email(), 1);
    long everybody =
        Db.count("select count(*) from notification where link = '/announcements/" + id + "'");
    assertThat(everybody)
        .isEqualTo(Db.count("select count(*) from app_user where subject is not null") - 1);

    // a crash half-way (the cursor lost, not marked told): the job tells nobody twice
    Db.execute(
        "update announcement set fanned_out_at = null, fanout_cursor = null where id = '"
            + id
            + "'");
    assertThat(fanout.runDue()).isGreaterThanOrEqualTo(1);
    assertThat(
            Db.count("select count(*) from notification where link = '/announcements/" + id + "'"))
        .isEqualTo(everybody);
    assertThat(Db.count(told + "'" + userId(member) + "'")).isEqualTo(1);
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private static String publish(Person p, String path, Map<String, Object> body) {
    return Api.as(p).body(body).post(path).then().statusCode(201).extract().path("id");
  }

  private static void awaitTold(String id) {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (Db.count(
            "select count(*) from announcement where id = '"
                + id
                + "' and fanned_out_at is not null")
        == 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("announcement " + id + " was not told to everybody in 60 s");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static void joined(String communityId, Person p) {
    Db.execute(
        "insert into community_member (id, collaborative_id, user_id, status, visible, name,"
            + " requested_by, requested_at, joined_at, created_at, updated_at) values ('"
            + UUID.randomUUID()
            + "', '"
            + communityId
            + "', '"
            + userId(p)
            + "', 'ACTIVE', true, 'Member', null, now(), now(), now(), now())");
  }

  static String userId(Person p) {
    return Api.as(p).get("/api/me").then().statusCode(200).extract().path("userId");
  }

  private static List<String> audit(String id) {
    return List.of(
        Db.text(
                "select string_agg(action, ',' order by occurred_at, action) from audit_event"
                    + " where entity_type = 'announcement' and entity_id = '"
                    + id
                    + "'")
            .split(","));
  }
}
