package org.lcp.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;
import org.lcp.support.ScheduleFixtures;
import org.lcp.support.ScheduleFixtures.EnrolledTeam;
import org.lcp.support.Statements;

/**
 * The home page per role, over data built through the API: a team member's open applications,
 * values owed and next event; faculty's reviews to hand in, teams needing attention and next
 * events; admins' collaboratives whose setup is incomplete; nothing of another organisation.
 */
@QuarkusTest
class HomeResourceTest {

  static final LocalDate TODAY = ScheduleFixtures.TODAY;
  static final YearMonth NOW = YearMonth.from(TODAY);
  static final String SHEET = "/api/collaboratives/{c}/learning-sessions/{s}/attendance";

  @Inject SessionFactory sessions;

  ScheduleFixtures f;
  EnrolledTeam river;
  EnrolledTeam lake;
  String s1;
  String s2;
  String draftOrg;
  Person drafter;
  String draft;
  String awaiting;
  String awaitingOrg;

  @BeforeEach
  void setUp() {
    f = new ScheduleFixtures();
    river = f.enrol(90);
    lake = f.enrol(90);
    List<String> sessions = f.sessions();
    s1 = sessions.get(0);
    s2 = sessions.get(1);
    f.schedule(s1, 1, TODAY.minusDays(20), TODAY.minusDays(20));
    f.schedule(s2, 2, TODAY.plusDays(10), TODAY.plusDays(11));
    f.schedule(sessions.get(2), 3, TODAY.plusDays(60), TODAY.plusDays(61));
    // lake's supervisor missed session 1: at risk; river attended in full
    record(lake, "ABSENT");
    record(river, "PRESENT");
    // one measure due on the 28th, locking after ten years: every past month is owed
    Api.as(f.lead)
        .body(
            Map.of(
                "key",
                "screened",
                "name",
                "Children screened",
                "type",
                "COUNT",
                "direction",
                "INCREASE",
                "dueDay",
                28,
                "lockAfterDays",
                3650))
        .post("/api/collaboratives/{id}/measures", f.collaborative)
        .then()
        .statusCode(201);
    // a draft with sections missing
    draftOrg = Fixtures.organization(f.admin);
    drafter = Fixtures.member(f.admin, draftOrg, "SENIOR_LEADER");
    draft =
        Api.as(drafter)
            .body(Map.of("collaborativeId", f.collaborative, "organizationId", draftOrg))
            .post("/api/applications")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    // a submitted application assigned to the reviewer, not scored yet
    awaitingOrg = Fixtures.organization(f.admin);
    awaiting = f.submit(awaitingOrg, Fixtures.member(f.admin, awaitingOrg, "SENIOR_LEADER"));
    Api.as(f.lead)
        .body(Map.of("userId", f.reviewerId))
        .post("/api/applications/{id}/reviews", awaiting)
        .then()
        .statusCode(201);
  }

  void record(EnrolledTeam t, String supervisor) {
    String etag =
        Api.as(f.lead)
            .get(SHEET, f.collaborative, s1)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    Api.as(f.lead)
        .header("If-Match", etag)
        .body(
            Map.of(
                "records",
                List.of(
                    Map.of("rosterMemberId", t.id("Rita Rivers"), "status", "PRESENT"),
                    Map.of("rosterMemberId", t.id("Sam Super"), "status", supervisor),
                    Map.of("rosterMemberId", t.id("Carl Clark"), "status", "PRESENT"),
                    Map.of("rosterMemberId", t.id("Cleo Clinic"), "status", "PRESENT"))))
        .put(SHEET, f.collaborative, s1)
        .then()
        .statusCode(200);
  }

  static JsonPath home(Person p) {
    return Api.as(p).get("/api/me/home").then().statusCode(200).extract().jsonPath();
  }

  @Test
  void aTeamMemberSeesOpenApplicationsWithWhatTheyMissValuesOwedAndTheNextSession() {
    JsonPath h = home(drafter);
    assertThat(h.getList("teamMember.openApplications.id")).containsExactly(draft);
    assertThat(h.getString("teamMember.openApplications[0].status")).isEqualTo("DRAFT");
    // the same list the application shows (and the submit check refuses with)
    List<String> expected =
        Api.as(drafter)
            .get("/api/applications/{id}", draft)
            .then()
            .statusCode(200)
            .extract()
            .path("completeness.missing.field");
    assertThat(expected).contains("commitment.agreed", "coreTeam.seniorLeader");
    assertThat(h.getList("teamMember.openApplications[0].missing.field"))
        .containsExactlyElementsOf(expected);
    assertThat(h.getList("teamMember.valuesOwed")).isEmpty(); // not enrolled
    assertThat((Object) h.get("faculty")).isNull();
    assertThat((Object) h.get("admin")).isNull();

    JsonPath r = home(river.member());
    assertThat(r.getList("teamMember.openApplications")).isEmpty(); // accepted: not open
    List<Map<String, Object>> owed = r.getList("teamMember.valuesOwed");
    assertThat(owed).isNotEmpty().allMatch(o -> river.teamId().equals(o.get("teamId")));
    Map<String, Object> lastMonth =
        owed.stream()
            .filter(o -> NOW.minusMonths(1).toString().equals(o.get("period")))
            .findFirst()
            .orElseThrow();
    assertThat(lastMonth)
        .containsEntry("dueDate", NOW.atDay(28).toString())
        .containsEntry("missingCount", 1)
        .containsEntry("overdue", TODAY.getDayOfMonth() > 28)
        .containsEntry("organizationId", river.organizationId());
    Map<String, Object> earlier =
        owed.stream()
            .filter(o -> NOW.minusMonths(2).toString().equals(o.get("period")))
            .findFirst()
            .orElseThrow();
    assertThat(earlier).containsEntry("overdue", true);
    assertThat(owed.stream().map(o -> (String) o.get("period"))).doesNotContain(NOW.toString());
    assertThat(owed.stream().map(o -> (String) o.get("dueDate")).toList()).isSorted();
    assertThat(r.getString("teamMember.nextEvent.id")).isEqualTo(s2);
    assertThat(r.getString("teamMember.nextEvent.type")).isEqualTo("LEARNING_SESSION");
    long unread =
        Api.as(river.member())
            .queryParam("unread", true)
            .get("/api/me/notifications")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("unread");
    assertThat(unread).isPositive(); // told of the acceptance
    assertThat(r.getLong("unreadNotifications")).isEqualTo(unread);
  }

  @Test
  void reportingAValueTakesItOffWhatIsOwed() {
    String period = NOW.minusMonths(1).toString();
    Api.badInput(river.member())
        .body(List.of(Map.of("measureKey", "screened", "period", period, "value", 12)))
        .post("/api/collaboratives/{c}/metric-imports", f.collaborative)
        .then()
        .statusCode(200)
        .body("rejected", equalTo(0));
    List<String> periods = home(river.member()).getList("teamMember.valuesOwed.period");
    assertThat(periods).doesNotContain(period).contains(NOW.minusMonths(2).toString());
  }

  @Test
  void anotherOrganisationsDataNeverAppears() {
    String river = Api.as(this.river.member()).get("/api/me/home").then().extract().asString();
    assertThat(river)
        .doesNotContain(lake.organizationId())
        .doesNotContain(lake.teamId())
        .doesNotContain(draftOrg)
        .doesNotContain(draft)
        .doesNotContain(awaiting);
    String drafter = Api.as(this.drafter).get("/api/me/home").then().extract().asString();
    assertThat(drafter)
        .doesNotContain(this.river.organizationId())
        .doesNotContain(lake.organizationId())
        .doesNotContain(awaiting);
    // someone of an organisation in nothing: empty sections
    String outsiderOrg = Fixtures.organization(f.admin);
    JsonPath o = home(Fixtures.member(f.admin, outsiderOrg, "CLINICIAN"));
    assertThat(o.getList("teamMember.openApplications")).isEmpty();
    assertThat(o.getList("teamMember.valuesOwed")).isEmpty();
    assertThat((Object) o.get("teamMember.nextEvent")).isNull();
    assertThat((Object) o.get("faculty")).isNull();
  }

  @Test
  void facultySeeReviewsToHandInTeamsNeedingAttentionAndTheirNextEvents() {
    JsonPath rv = home(f.reviewer);
    assertThat(rv.getList("faculty.awaitingMyReview.id")).containsExactly(awaiting);
    assertThat(rv.getString("faculty.awaitingMyReview[0].status")).isEqualTo("UNDER_REVIEW");
    assertThat((Object) rv.get("teamMember")).isNull();

    JsonPath lead = home(f.lead);
    assertThat(lead.getList("faculty.awaitingMyReview")).isEmpty(); // not assigned to the lead
    List<Map<String, Object>> teams = lead.getList("faculty.teamsNeedingAttention");
    assertThat(teams.stream().map(t -> (String) t.get("teamId")))
        .containsExactly(lake.teamId(), river.teamId()); // at risk first
    assertThat(teams.get(0)).containsEntry("atRisk", true);
    assertThat(teams.get(0).get("reasons").toString()).contains("absent from learning session 1");
    assertThat((Integer) teams.get(0).get("overdueValues")).isPositive();
    assertThat(teams.get(1)).containsEntry("atRisk", false);
    assertThat((Integer) teams.get(1).get("overdueValues")).isPositive();
    assertThat(lead.getList("faculty.nextEvents.id")).first().isEqualTo(s2);
    assertThat(lead.getList("faculty.setupIncomplete")).isEmpty(); // the measure was the last item

    // a faculty member of another collaborative sees none of these teams
    Person stranger = Fixtures.signIn(Person.faculty());
    JsonPath s = home(stranger);
    assertThat(s.getList("faculty.teamsNeedingAttention")).isEmpty();
    assertThat(s.getList("faculty.awaitingMyReview")).isEmpty();
    assertThat(s.getList("faculty.nextEvents")).isEmpty();
  }

  @Test
  void adminsSeeCollaborativesWhoseSetupIsIncomplete() {
    String fresh = Fixtures.collaborative(f.admin);
    JsonPath h = home(f.admin);
    List<Map<String, Object>> incomplete = h.getList("admin.setupIncomplete");
    Map<String, Object> row =
        incomplete.stream()
            .filter(i -> fresh.equals(i.get("collaborativeId")))
            .findFirst()
            .orElseThrow();
    assertThat(row).containsEntry("phase", "DRAFT").containsEntry("nextPhase", "ANNOUNCED");
    assertThat(h.getList("admin.setupIncomplete.collaborativeId")).doesNotContain(f.collaborative);
    assertThat(
            h.getList(
                "admin.setupIncomplete.find { it.collaborativeId == '" + fresh + "' }.missing.key"))
        .contains("LEAD_FACULTY", "MEASURES");
    // not for others
    assertThat((Object) home(river.member()).get("admin")).isNull();
    assertThat((Object) home(f.lead).get("admin")).isNull();
  }

  @Test
  void facultysHomeTakesAsManyStatementsForThreeTeamsAsForTwo() {
    long two = statementsOfHome(f.lead);
    EnrolledTeam hill = f.enrol(90);
    record(hill, "ABSENT");
    assertThat(home(f.lead).getList("faculty.teamsNeedingAttention.teamId"))
        .contains(hill.teamId());
    long three = statementsOfHome(f.lead);
    assertThat(two).as("statements counted").isPositive();
    assertThat(three).isEqualTo(two);
  }

  private long statementsOfHome(Person p) {
    return Statements.of(sessions, () -> home(p));
  }

  @Test
  void signedOutIs401() {
    Api.anonymous()
        .get("/api/me/home")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("status", equalTo(401));
  }
}
