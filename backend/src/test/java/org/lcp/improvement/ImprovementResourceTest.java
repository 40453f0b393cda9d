package org.lcp.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.mailer.Mailer;
import io.quarkus.mailer.MailerName;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
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
 * Change ideas, PDSA cycles, annotations on a team's chart and faculty comments (issue 15, point
 * 4): who may do what (401, 403, 404 for another organisation's team), optimistic concurrency,
 * input refused naming the field with nothing written, the notes on the run charts, and the team
 * told of a comment (in the app, by e-mail through the outbox, and through a real SMTP server).
 */
@QuarkusTest
class ImprovementResourceTest {

  static final YearMonth NOW = YearMonth.from(LocalDate.now(ZoneOffset.UTC));

  @Inject MockMailbox mailbox;
  @Inject Outbox outbox;

  @Inject
  @MailerName("greenmail")
  Mailer greenmail;

  final Person admin = Person.admin();
  Person lead;
  Person faculty;
  Person outsider;
  Person member;
  Person colleague;
  Person otherMember;
  String dataSystem;
  String otherDataSystem;
  String collaborative;
  String org;
  String otherOrg;
  String measure;
  String otherMeasure;
  String base;

  @BeforeEach
  void world() {
    lead = Fixtures.signIn(Person.faculty());
    collaborative = Fixtures.collaborative(lead);
    Fixtures.advance(lead, collaborative, "ANNOUNCED");
    base = "/api/collaboratives/" + collaborative;
    faculty = Fixtures.signIn(Person.faculty());
    Api.as(lead)
        .body(Map.of("email", faculty.email(), "name", faculty.name(), "lead", false))
        .post(base + "/faculty")
        .then()
        .statusCode(201);
    outsider = Fixtures.signIn(Person.faculty());
    org = team();
    otherOrg = team();
    member = Fixtures.member(admin, org, "SENIOR_LEADER");
    colleague = Fixtures.member(admin, org, "CLINICIAN");
    otherMember = Fixtures.member(admin, otherOrg, "SENIOR_LEADER");
    dataSystem = machine(org);
    otherDataSystem = machine(otherOrg);
    measure = measure("screened");
    otherMeasure = measure("treated");
  }

  // ---- change ideas and PDSA cycles -------------------------------------------------------------

  @Test
  void aTeamRecordsAChangeIdeaAndItsCyclesAndUpdatesThemWithTheirETags() {
    var created =
        Api.as(member)
            .body(idea(org, "Screen at intake", List.of(measure)))
            .post(base + "/change-ideas")
            .then()
            .statusCode(201)
            .header("ETag", notNullValue())
            .header("Location", containsString("/change-ideas/"))
            .body("status", equalTo("PROPOSED"))
            .body("measureIds", equalTo(List.of(measure)))
            .body("createdByName", equalTo(member.name()))
            .extract();
    String idea = created.path("id");
    String etag = created.header("ETag");

    // faculty and the team's data system read it; the other team does not see it at all
    Api.as(faculty).get(base + "/change-ideas/{id}", idea).then().statusCode(200);
    Api.as(dataSystem).get(base + "/change-ideas/{id}", idea).then().statusCode(200);
    Api.as(otherMember)
        .get(base + "/change-ideas/{id}", idea)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    Api.as(otherMember)
        .get(base + "/change-ideas")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    Api.as(lead)
        .queryParam("measureId", measure)
        .get(base + "/change-ideas")
        .then()
        .statusCode(200)
        .body("items.id", equalTo(List.of(idea)));
    Api.as(lead)
        .queryParam("measureId", otherMeasure)
        .get(base + "/change-ideas")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));

    // updates: without If-Match 428, with a stale one 412, with the current one 200
    Map<String, Object> change = idea(org, "Screen every child at intake", List.of(measure));
    change.put("status", "TESTING");
    Api.as(member).body(change).put(base + "/change-ideas/{id}", idea).then().statusCode(428);
    Api.as(member)
        .header("If-Match", "\"99\"")
        .body(change)
        .put(base + "/change-ideas/{id}", idea)
        .then()
        .statusCode(412);
    String newTag =
        Api.as(member)
            .header("If-Match", etag)
            .body(change)
            .put(base + "/change-ideas/{id}", idea)
            .then()
            .statusCode(200)
            .body("status", equalTo("TESTING"))
            .body("title", equalTo("Screen every child at intake"))
            .extract()
            .header("ETag");
    assertThat(newTag).isNotEqualTo(etag);
    // an admin may too; a team cannot be changed
    Map<String, Object> moved = idea(otherOrg, "Screen every child at intake", List.of());
    Api.badInput(admin)
        .header("If-Match", newTag)
        .body(moved)
        .put(base + "/change-ideas/{id}", idea)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("organizationId"));

    // a cycle, then its study and outcome
    Map<String, Object> cycle = cycle("Try it on Mondays", NOW.minusMonths(2).atDay(3), null);
    cycle.put("plan", "Screen every child seen on Mondays");
    cycle.put("do", "Did it for two weeks");
    var c =
        Api.as(member)
            .body(cycle)
            .post(base + "/change-ideas/{id}/pdsa-cycles", idea)
            .then()
            .statusCode(201)
            .body("changeIdeaId", equalTo(idea))
            .body("organizationId", equalTo(org))
            .body("do", equalTo("Did it for two weeks"))
            .body("outcome", nullValue())
            .extract();
    String cycleId = c.path("id");
    cycle.put("study", "Screening rose from 40% to 70%");
    cycle.put("act", "Adopt for every weekday");
    cycle.put("outcome", "ADOPT");
    cycle.put("endDate", NOW.minusMonths(1).atDay(20).toString());
    Api.as(member)
        .header("If-Match", c.header("ETag"))
        .body(cycle)
        .put(base + "/change-ideas/{i}/pdsa-cycles/{c}", idea, cycleId)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("ADOPT"))
        .body("study", equalTo("Screening rose from 40% to 70%"));
    Api.as(faculty)
        .get(base + "/change-ideas/{i}/pdsa-cycles", idea)
        .then()
        .statusCode(200)
        .body("total", equalTo(1))
        .body("items[0].act", equalTo("Adopt for every weekday"));
    Api.as(otherMember)
        .get(base + "/change-ideas/{i}/pdsa-cycles/{c}", idea, cycleId)
        .then()
        .statusCode(404);
    assertThat(
            Db.count(
                "select count(*) from audit_event where entity_id in ('"
                    + idea
                    + "', '"
                    + cycleId
                    + "')"))
        .isEqualTo(4);
  }

  @Test
  void theTeamItsFacultyAndAdminsRecordIdeasAndCycles() {
    String path = base + "/change-ideas";
    Api.anonymous().body(idea(org, "x", List.of())).post(path).then().statusCode(401);
    Api.anonymous().get(path).then().statusCode(401);
    // the collaborative's faculty coach on the team's behalf: they record its ideas, named as
    // authors
    for (Person p : List.of(lead, faculty)) {
      Api.as(p)
          .body(idea(org, "Coached by " + p.name(), List.of()))
          .post(path)
          .then()
          .statusCode(201)
          .body("organizationId", equalTo(org))
          .body("createdByName", equalTo(p.name()));
    }
    Api.as(otherMember).body(idea(org, "x", List.of())).post(path).then().statusCode(404);
    Api.as(outsider).body(idea(org, "x", List.of())).post(path).then().statusCode(404);
    Api.as(outsider).queryParam("organizationId", org).get(path).then().statusCode(404);
    Api.as(dataSystem).body(idea(org, "x", List.of())).post(path).then().statusCode(403);
    Api.as(otherDataSystem).body(idea(org, "x", List.of())).post(path).then().statusCode(404);
    Api.as(admin).body(idea(org, "By an admin", List.of())).post(path).then().statusCode(201);

    String idea =
        Api.as(member)
            .body(idea(org, "Mine", List.of()))
            .post(path)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    var cycle = cycle("First test", NOW.atDay(1), null);
    Api.as(faculty)
        .body(cycle)
        .post(path + "/{id}/pdsa-cycles", idea)
        .then()
        .statusCode(201)
        .body("createdByName", equalTo(faculty.name()));
    // a data system reads the team's work but never writes it
    Api.as(dataSystem).body(cycle).post(path + "/{id}/pdsa-cycles", idea).then().statusCode(403);
    Api.as(otherMember)
        .body(cycle)
        .post(path + "/{id}/pdsa-cycles", idea)
        .then()
        .statusCode(404)
        .body("detail", containsString("change idea"))
        .body("detail", not(containsString(org)));
    Api.anonymous().body(cycle).post(path + "/{id}/pdsa-cycles", idea).then().statusCode(401);
    // an organisation that has no team in the collaborative
    String stranger = Fixtures.organization(admin);
    Api.as(admin).body(idea(stranger, "x", List.of())).post(path).then().statusCode(404);
  }

  @Test
  void badIdeasAndCyclesAreRefusedNamingTheFieldAndNothingIsWritten() {
    String path = base + "/change-ideas";
    String idea =
        Api.as(member)
            .body(idea(org, "Mine", List.of(measure)))
            .post(path)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String elsewhere = measureOfAnotherCollaborative();
    var before = Db.snapshot();

    Api.badInput(member)
        .body(idea(org, "Aimed elsewhere", List.of(measure, elsewhere)))
        .post(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("measureIds[1]"));
    Api.badInput(member)
        .body(idea(org, "x".repeat(201), List.of()))
        .post(path)
        .then()
        .statusCode(400)
        .body("violations.field", hasItem(containsString("title")));
    Map<String, Object> status = idea(org, "Mine", List.of());
    status.put("status", "DONE");
    Api.badInput(member).body(status).post(path).then().statusCode(400);
    Map<String, Object> unknown = idea(org, "Mine", List.of());
    unknown.put("owner", "me");
    Api.badInput(member).body(unknown).post(path).then().statusCode(400);

    Api.badInput(member)
        .body(cycle("Backwards", NOW.atDay(10), NOW.atDay(9)))
        .post(path + "/{id}/pdsa-cycles", idea)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("endDate"));
    Map<String, Object> longPlan = cycle("Long", NOW.atDay(1), null);
    longPlan.put("plan", "p".repeat(5001));
    Api.badInput(member)
        .body(longPlan)
        .post(path + "/{id}/pdsa-cycles", idea)
        .then()
        .statusCode(400)
        .body("violations.field", hasItem(containsString("plan")));
    Map<String, Object> noStart = cycle("No start", NOW.atDay(1), null);
    noStart.remove("startDate");
    Api.badInput(member)
        .body(noStart)
        .post(path + "/{id}/pdsa-cycles", idea)
        .then()
        .statusCode(400)
        .body("violations.field", hasItem(containsString("startDate")));
    Map<String, Object> badDate = cycle("Bad date", NOW.atDay(1), null);
    badDate.put("startDate", "2026-02-30");
    Api.badInput(member)
        .body(badDate)
        .post(path + "/{id}/pdsa-cycles", idea)
        .then()
        .statusCode(400);
    Map<String, Object> outcome = cycle("Bad outcome", NOW.atDay(1), null);
    outcome.put("outcome", "MAYBE");
    Api.badInput(member)
        .body(outcome)
        .post(path + "/{id}/pdsa-cycles", idea)
        .then()
        .statusCode(400);

    assertThat(Db.snapshot()).isEqualTo(before);
  }

  // ---- annotations ------------------------------------------------------------------------------

  @Test
  void theTeamAndFacultyAnnotateAChartAndTheAnnotationsLinkTheTeamsCycles() {
    String idea =
        Api.as(member)
            .body(idea(org, "Reminder calls", List.of(measure)))
            .post(base + "/change-ideas")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String cycle =
        Api.as(member)
            .body(cycle("Call the day before", NOW.minusMonths(3).atDay(5), null))
            .post(base + "/change-ideas/{id}/pdsa-cycles", idea)
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    Map<String, Object> note =
        annotation(org, measure, NOW.minusMonths(3), "CHANGE", "Calls began");
    note.put("pdsaCycleId", cycle);
    var a =
        Api.as(member)
            .body(note)
            .post(base + "/chart-annotations")
            .then()
            .statusCode(201)
            .header("Location", containsString("/chart-annotations/"))
            .body("changeIdeaId", equalTo(idea)) // the cycle brings its idea
            .body("pdsaCycleId", equalTo(cycle))
            .body("period", equalTo(NOW.minusMonths(3).toString()))
            .extract();
    Api.as(faculty)
        .body(annotation(org, measure, NOW.minusMonths(1), "EVENT", "Two clinicians left"))
        .post(base + "/chart-annotations")
        .then()
        .statusCode(201)
        .body("createdByName", equalTo(faculty.name()));

    Api.as(member)
        .queryParam("organizationId", org)
        .queryParam("measureId", measure)
        .get(base + "/chart-annotations")
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items.kind", equalTo(List.of("CHANGE", "EVENT")));
    Api.as(lead)
        .queryParam("from", NOW.minusMonths(2).toString())
        .get(base + "/chart-annotations")
        .then()
        .statusCode(200)
        .body("items.text", equalTo(List.of("Two clinicians left")));
    Api.as(otherMember)
        .queryParam("organizationId", org)
        .get(base + "/chart-annotations")
        .then()
        .statusCode(404);
    Api.as(otherMember)
        .get(base + "/chart-annotations/{id}", a.path("id").toString())
        .then()
        .statusCode(404);

    // who may write
    Map<String, Object> any = annotation(org, measure, NOW, "NOTE", "x");
    Api.anonymous().body(any).post(base + "/chart-annotations").then().statusCode(401);
    Api.as(otherMember).body(any).post(base + "/chart-annotations").then().statusCode(404);
    Api.as(outsider).body(any).post(base + "/chart-annotations").then().statusCode(404);
    Api.as(dataSystem).body(any).post(base + "/chart-annotations").then().statusCode(403);
    Api.as(lead).body(any).post(base + "/chart-annotations").then().statusCode(201);

    // the links must be the same team's; the measure the collaborative's
    Map<String, Object> otherIdea = idea(otherOrg, "Theirs", List.of());
    String theirs =
        Api.as(otherMember)
            .body(otherIdea)
            .post(base + "/change-ideas")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String elsewhere = measureOfAnotherCollaborative();
    var before = Db.snapshot();
    Map<String, Object> linked = annotation(org, measure, NOW, "NOTE", "linked");
    linked.put("changeIdeaId", theirs);
    Api.badInput(member)
        .body(linked)
        .post(base + "/chart-annotations")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("changeIdeaId"));
    linked.put("changeIdeaId", UUID.randomUUID().toString());
    Api.badInput(member)
        .body(linked)
        .post(base + "/chart-annotations")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("changeIdeaId"));
    linked.remove("changeIdeaId");
    linked.put("pdsaCycleId", UUID.randomUUID().toString());
    Api.badInput(member)
        .body(linked)
        .post(base + "/chart-annotations")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("pdsaCycleId"));
    Api.badInput(member)
        .body(annotation(org, elsewhere, NOW, "NOTE", "on a measure of elsewhere"))
        .post(base + "/chart-annotations")
        .then()
        .statusCode(404);
    Map<String, Object> badPeriod = annotation(org, measure, NOW, "NOTE", "x");
    for (String period : List.of("2026-13", "2026-1", "26-01", "2026-01-01")) {
      badPeriod.put("period", period);
      Api.badInput(member)
          .body(badPeriod)
          .post(base + "/chart-annotations")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("violations.field", hasItem(containsString("period")));
    }
    Api.badInput(member)
        .body(annotation(org, measure, NOW, "NOTE", "t".repeat(2001)))
        .post(base + "/chart-annotations")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem(containsString("text")));
    Api.badInput(member)
        .body(annotation(org, measure, NOW, "NOTE", "   "))
        .post(base + "/chart-annotations")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem(containsString("text")));
    Api.badInput(member)
        .body(annotation(org, measure, NOW, "RUMOUR", "x"))
        .post(base + "/chart-annotations")
        .then()
        .statusCode(400);
    assertThat(Db.snapshot()).isEqualTo(before);

    // update and removal with If-Match
    String id = a.path("id");
    Map<String, Object> edited =
        annotation(org, measure, NOW.minusMonths(3), "CHANGE", "Calls began (all clinicians)");
    Api.as(faculty).body(edited).put(base + "/chart-annotations/{id}", id).then().statusCode(428);
    String tag =
        Api.as(faculty)
            .header("If-Match", a.header("ETag"))
            .body(edited)
            .put(base + "/chart-annotations/{id}", id)
            .then()
            .statusCode(200)
            .body("text", equalTo("Calls began (all clinicians)"))
            .body("pdsaCycleId", nullValue())
            .extract()
            .header("ETag");
    Api.as(member)
        .header("If-Match", a.header("ETag"))
        .delete(base + "/chart-annotations/{id}", id)
        .then()
        .statusCode(412);
    Api.as(otherMember)
        .header("If-Match", tag)
        .delete(base + "/chart-annotations/{id}", id)
        .then()
        .statusCode(404);
    Api.as(member)
        .header("If-Match", tag)
        .delete(base + "/chart-annotations/{id}", id)
        .then()
        .statusCode(204);
    Api.as(member).get(base + "/chart-annotations/{id}", id).then().statusCode(404);
  }

  // ---- on the run charts ------------------------------------------------------------------------

  @Test
  void annotationsAndCyclesAppearOnTheTeamsSeriesOfTheRunCharts() {
    values();
    String idea =
        Api.as(member)
            .body(idea(org, "Reminder calls", List.of(measure)))
            .post(base + "/change-ideas")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String chart = base + "/measures/" + measure + "/run-chart";
    String etag = Api.as(lead).get(chart).then().statusCode(200).extract().header("ETag");

    String cycle =
        Api.as(member)
            .body(cycle("Call the day before", NOW.minusMonths(4).atDay(12), null))
            .post(base + "/change-ideas/{id}/pdsa-cycles", idea)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    // a cycle of another idea that watches the other measure only: not on this chart
    Map<String, Object> elsewhere = cycle("Other measure", NOW.minusMonths(4).atDay(1), null);
    elsewhere.put("measureIds", List.of(otherMeasure));
    Api.as(member)
        .body(elsewhere)
        .post(base + "/change-ideas/{id}/pdsa-cycles", idea)
        .then()
        .statusCode(201);
    String note =
        Api.as(faculty)
            .body(annotation(org, measure, NOW.minusMonths(2), "EVENT", "Flu season"))
            .post(base + "/chart-annotations")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.as(otherMember)
        .body(annotation(otherOrg, measure, NOW.minusMonths(2), "NOTE", "Their note"))
        .post(base + "/chart-annotations")
        .then()
        .statusCode(201);

    // the chart changed: the old ETag no longer matches
    JsonPath all =
        Api.as(lead)
            .header("If-None-Match", etag)
            .get(chart)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    String mine = "teams.find { it.organizationId == '" + org + "' }.annotations";
    assertThat(all.getList(mine + ".kind")).containsExactly("PDSA_CYCLE", "EVENT");
    assertThat(all.getList(mine + ".period"))
        .containsExactly(NOW.minusMonths(4).toString(), NOW.minusMonths(2).toString());
    assertThat(all.getString(mine + "[0].pdsaCycleId")).isEqualTo(cycle);
    assertThat(all.getString(mine + "[0].changeIdeaId")).isEqualTo(idea);
    assertThat(all.getString(mine + "[0].text")).isEqualTo("Reminder calls: Call the day before");
    assertThat(all.getString(mine + "[1].annotationId")).isEqualTo(note);
    assertThat(all.getString(mine + "[1].text")).isEqualTo("Flu season");
    assertThat(
            all.getList("teams.find { it.organizationId == '" + otherOrg + "' }.annotations.text"))
        .containsExactly("Their note");
    assertThat(all.getList("pooled.annotations")).isNull();

    // the team's own charts: its notes only, on each measure's chart
    JsonPath own =
        Api.as(member)
            .queryParam("organizationId", org)
            .get(base + "/run-charts")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(
            own.getList(
                "items.find { it.measureId == '" + measure + "' }.teams[0].annotations.text"))
        .containsExactly("Reminder calls: Call the day before", "Flu season");
    assertThat(
            own.getList(
                "items.find { it.measureId == '" + otherMeasure + "' }.teams[0].annotations.text"))
        .containsExactly("Reminder calls: Other measure");
    // the other team's member sees only theirs
    Api.as(otherMember)
        .get(chart)
        .then()
        .statusCode(200)
        .body("teams", hasSize(1))
        .body("teams[0].annotations.text", equalTo(List.of("Their note")));
  }

  // ---- comments ---------------------------------------------------------------------------------

  @Test
  void facultyCommentOnATeamsChartAndTheTeamIsToldAsItsPreferencesSay() {
    String subject = faculty.name() + " commented on your chart of Measure screened";
    var created =
        Api.as(faculty)
            .body(
                comment(org, measure, NOW.minusMonths(1).toString(), "Great shift — what changed?"))
            .post(base + "/chart-comments")
            .then()
            .statusCode(201)
            .header("Location", containsString("/chart-comments/"))
            .body("notified", equalTo(2))
            .body("period", equalTo(NOW.minusMonths(1).toString()))
            .extract();
    assertThat((String) created.path("id")).isNotNull();

    // in the app, for both members of the team, and for nobody of the other team
    for (Person p : List.of(member, colleague)) {
      Api.as(p)
          .get("/api/me/notifications")
          .then()
          .statusCode(200)
          .body("items.title", hasItem(containsString(subject)));
    }
    Api.as(otherMember)
        .get("/api/me/notifications")
        .then()
        .statusCode(200)
        .body("items.title", not(hasItem(containsString("commented"))));
    // by e-mail (the topic metrics' default), through the outbox
    var mail = MockMail.await(mailbox, member.email(), 1);
    assertThat(mail)
        .anySatisfy(
            m -> {
              assertThat(m.getSubject()).startsWith(subject);
              assertThat(m.getText()).contains("Great shift — what changed?");
              assertThat(m.getText()).contains("/metrics/teams/" + org);
            });

    // a member who chose in-app only gets no e-mail for the next one
    Api.as(colleague)
        .header("If-Match", Fixtures.etag(colleague, "/api/me/notification-preferences"))
        .body(Map.of("preferences", List.of(Map.of("topic", "metrics", "delivery", "IN_APP"))))
        .put("/api/me/notification-preferences")
        .then()
        .statusCode(200);
    int colleagueMails = MockMail.await(mailbox, colleague.email(), 1).size();
    Api.as(lead)
        .body(comment(org, measure, null, "And the whole chart looks good"))
        .post(base + "/chart-comments")
        .then()
        .statusCode(201)
        .body("period", nullValue());
    MockMail.await(mailbox, member.email(), 2);
    assertThat(mailbox.getMailsSentTo(colleague.email())).hasSize(colleagueMails);
    Api.as(colleague)
        .get("/api/me/notifications")
        .then()
        .body("items.body", hasItem(containsString("And the whole chart looks good")));

    // the team and its faculty read the comments; the other team cannot
    Api.as(member)
        .queryParam("organizationId", org)
        .get(base + "/chart-comments")
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items[0].body", equalTo("And the whole chart looks good"));
    Api.as(dataSystem)
        .get(base + "/chart-comments")
        .then()
        .statusCode(200)
        .body("total", equalTo(2));
    Api.as(otherMember)
        .get(base + "/chart-comments")
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
    Api.as(otherMember)
        .queryParam("organizationId", org)
        .get(base + "/chart-comments")
        .then()
        .statusCode(404);
  }

  @Test
  void onlyFacultyAndAdminsCommentAndBadCommentsAreRefused() {
    String path = base + "/chart-comments";
    Map<String, Object> c = comment(org, measure, null, "Hello");
    Api.anonymous().body(c).post(path).then().statusCode(401);
    Api.anonymous().get(path).then().statusCode(401);
    Api.as(member)
        .body(c)
        .post(path)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    Api.as(dataSystem).body(c).post(path).then().statusCode(403);
    Api.as(otherMember).body(c).post(path).then().statusCode(404);
    Api.as(outsider).body(c).post(path).then().statusCode(404);
    Api.as(otherDataSystem).body(c).post(path).then().statusCode(404);

    String elsewhere = measureOfAnotherCollaborative();
    var before = Db.snapshot();
    Api.badInput(faculty)
        .body(comment(org, measure, "2026-00", "x"))
        .post(path)
        .then()
        .statusCode(400)
        .body("violations.field", hasItem(containsString("period")));
    Api.badInput(faculty)
        .body(comment(org, measure, null, "b".repeat(4001)))
        .post(path)
        .then()
        .statusCode(400)
        .body("violations.field", hasItem(containsString("body")));
    Map<String, Object> noMeasure = comment(org, measure, null, "x");
    noMeasure.remove("measureId");
    Api.badInput(faculty)
        .body(noMeasure)
        .post(path)
        .then()
        .statusCode(400)
        .body("violations.field", hasItem(containsString("measureId")));
    Api.badInput(faculty)
        .body(comment(org, elsewhere, null, "x"))
        .post(path)
        .then()
        .statusCode(404);
    assertThat(Db.snapshot()).isEqualTo(before);

    Api.as(admin).body(c).post(path).then().statusCode(201).body("notified", equalTo(2));
  }

  @Test
  void aCommentsEmailReallyArrivesThroughSmtp() {
    Assumptions.assumeTrue(
        Mailbox.answers() || System.getProperty("lcp.test.keycloak", "").equals("required"),
        "GreenMail does not answer at " + Mailbox.API + " (infra/scripts/mail.sh start)");
    String subject = faculty.name() + " commented on your chart of Measure screened";
    Api.as(faculty)
        .body(comment(org, measure, NOW.toString(), "Keep going: six points above the median"))
        .post(base + "/chart-comments")
        .then()
        .statusCode(201);
    MockMail.await(mailbox, member.email(), 1);
    Mailbox.awaitSent(member.email());
    assertThat(SmtpRelay.resend(outbox, greenmail, member.email(), subject)).isTrue();
    Mailbox.Message m = Mailbox.await(member.email(), 1).get(0);
    assertThat(m.subject()).startsWith(subject);
    assertThat(m.mime()).contains("Keep going: six points above the median");
  }

  // ---- the world --------------------------------------------------------------------------------

  String team() {
    String o = Fixtures.organization(admin);
    Db.execute(
        "insert into team (id, collaborative_id, organization_id, enrolled_at) values ('"
            + UUID.randomUUID()
            + "', '"
            + collaborative
            + "', '"
            + o
            + "', now())");
    return o;
  }

  /** A data system registered to the organisation; its token. */
  static String machine(String organization) {
    String client = "pdsa-ds-" + UUID.randomUUID();
    Db.execute(
        "insert into machine_client (id, organization_id, client_id, name, created_at, updated_at)"
            + " values ('"
            + UUID.randomUUID()
            + "', '"
            + organization
            + "', '"
            + client
            + "', 'Data system', now(), now())");
    return TestTokens.machine(client);
  }

  String measure(String key) {
    return Api.as(lead)
        .body(
            Map.of("key", key, "name", "Measure " + key, "type", "COUNT", "direction", "INCREASE"))
        .post(base + "/measures")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  String measureOfAnotherCollaborative() {
    String elsewhere = Fixtures.collaborative(admin);
    return Api.as(admin)
        .body(Map.of("key", "m", "name", "Elsewhere", "type", "COUNT", "direction", "INCREASE"))
        .post("/api/collaboratives/{id}/measures", elsewhere)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** Both teams report both measures for the last eight months. */
  void values() {
    Db.execute(
        "insert into metric_value (measure_id, organization_id, period, value, source, updated_by,"
            + " updated_at) select m.id, t.organization_id, p, 7, 'API', 'test', now() from measure m"
            + " join team t on t.collaborative_id = m.collaborative_id cross join generate_series("
            + "date '"
            + NOW.minusMonths(7).atDay(1)
            + "', date '"
            + NOW.atDay(1)
            + "', interval '1 month') p where m.collaborative_id = '"
            + collaborative
            + "' on conflict do nothing");
  }

  static Map<String, Object> idea(String organization, String title, List<String> measures) {
    Map<String, Object> m = new HashMap<>();
    m.put("organizationId", organization);
    m.put("title", title);
    m.put("description", "Why we think it helps");
    m.put("measureIds", measures);
    return m;
  }

  static Map<String, Object> cycle(String title, LocalDate start, LocalDate end) {
    Map<String, Object> m = new HashMap<>();
    m.put("title", title);
    m.put("startDate", start.toString());
    if (end != null) {
      m.put("endDate", end.toString());
    }
    return m;
  }

  static Map<String, Object> annotation(
      String organization, String measure, YearMonth period, String kind, String text) {
    Map<String, Object> m = new HashMap<>();
    m.put("organizationId", organization);
    m.put("measureId", measure);
    m.put("period", period.toString());
    m.put("kind", kind);
    m.put("text", text);
    return m;
  }

  static Map<String, Object> comment(
      String organization, String measure, String period, String body) {
    Map<String, Object> m = new HashMap<>();
    m.put("organizationId", organization);
    m.put("measureId", measure);
    if (period != null) {
      m.put("period", period);
    }
    m.put("body", body);
    return m;
  }

  /** {@link Mailbox#answers}, also when nothing listens (a checked ConnectException). */
}
