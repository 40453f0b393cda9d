package org.lcp.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;

/**
 * The daily reminders, run for chosen days ({@link MetricReminderService#run}) over real data: a
 * collaborative with two teams, Ash (owes its values) and Birch (uploaded them), two measures due
 * on the 15th of the following month and locking 120 days after the month.
 */
@QuarkusTest
class MetricReminderServiceTest {

  /** Last month: the values of it can be uploaded today whatever the day. */
  static final YearMonth P = YearMonth.now(ZoneOffset.UTC).minusMonths(1);

  static final LocalDate DUE = P.plusMonths(1).atDay(15);
  static final LocalDate LOCKS = P.atEndOfMonth().plusDays(120);

  @Inject MetricReminderService reminders;

  final Person admin = Person.admin();
  Person lead;
  String collaborative;
  String ash;
  String birch;
  Person dataContact;
  Person clinician;
  Person seniorLeader;
  Person birchClinician;
  Person bystander;

  /** The collaboratives a run covers here (one not ACTIVE among them, where a test adds it). */
  final List<UUID> mine = new java.util.ArrayList<>();

  @BeforeEach
  void setUp() {
    lead = Fixtures.signIn(Person.faculty());
    collaborative = Fixtures.collaborative(lead);
    mine.add(UUID.fromString(collaborative));
    ash = Fixtures.organization(admin);
    birch = Fixtures.organization(admin);
    dataContact = Fixtures.member(admin, ash, "DATA_CONTACT");
    clinician = Fixtures.member(admin, ash, "CLINICIAN");
    seniorLeader = Fixtures.member(admin, ash, "SENIOR_LEADER");
    // a member of Ash who is neither the data contact nor on the roster: never told
    bystander = Fixtures.member(admin, ash, "OTHER");
    birchClinician = Fixtures.member(admin, birch, "CLINICIAN");
    String ashTeam = enrol(collaborative, ash);
    String birchTeam = enrol(collaborative, birch);
    roster(ashTeam, clinician.email().toUpperCase(), null); // matched by address, in any case
    roster(ashTeam, "not-a-user-" + UUID.randomUUID() + "@test.example.org", null);
    roster(ashTeam, bystander.email(), LocalDate.now(ZoneOffset.UTC).minusYears(2)); // left
    roster(birchTeam, birchClinician.email(), null);
    measure(collaborative, "treated", "COUNT");
    measure(collaborative, "screened", "PROPORTION");
    chooseDataContact(ash, dataContact);
    activate(collaborative);
    // Birch's data system... its member uploads both values: reported the moment they land
    upload(birchClinician, "treated", "screened");
  }

  // ---- the schedule -----------------------------------------------------------------------------

  @Test
  void theTeamIsRemindedBeforeOnAndAfterTheDueDateOnceEach() {
    run(DUE.minusDays(6));
    assertThat(told(dataContact)).isZero();

    run(DUE.minusDays(5));
    assertThat(told(dataContact, "metrics.due-soon")).isEqualTo(1);
    assertThat(told(clinician, "metrics.due-soon")).isEqualTo(1);
    assertThat(told(bystander)).isZero();
    assertThat(told(seniorLeader)).isZero();
    assertThat(told(birchClinician)).as("Birch reported").isZero();
    assertThat(body(clinician, "metrics.due-soon"))
        .contains("Children treated", "Children screened");

    run(DUE.minusDays(5)); // the same day again: nothing new
    run(DUE.minusDays(2)); // still before the due date: the same notice
    assertThat(told(dataContact)).isEqualTo(1);

    run(DUE);
    assertThat(told(dataContact, "metrics.due-today")).isEqualTo(1);
    run(DUE.plusDays(1));
    run(DUE.plusDays(1));
    assertThat(told(dataContact, "metrics.overdue")).isEqualTo(1);
    assertThat(told(clinician, "metrics.overdue")).isEqualTo(1);
    assertThat(told(dataContact, "metrics.escalation")).isZero();
    assertThat(told(seniorLeader)).isZero();
    assertThat(told(birchClinician)).isZero();
  }

  @Test
  void escalationReachesTheSeniorLeadersThenTheLeadFaculty() {
    run(DUE.plusDays(6));
    assertThat(told(seniorLeader)).isZero();
    run(DUE.plusDays(7));
    assertThat(told(seniorLeader, "metrics.escalation")).isEqualTo(1);
    assertThat(told(lead)).isZero();
    run(DUE.plusDays(13));
    assertThat(told(lead)).isZero();

    run(DUE.plusDays(14));
    run(DUE.plusDays(15));
    assertThat(told(lead, "metrics.escalation")).isEqualTo(1);
    String digest = body(lead, "metrics.escalation");
    assertThat(digest).contains(name(ash)).doesNotContain(name(birch));
    assertThat(told(seniorLeader, "metrics.escalation")).isEqualTo(1);
    // the team heard once that it is overdue, whatever the number of runs
    assertThat(told(dataContact, "metrics.overdue")).isEqualTo(1);
  }

  @Test
  void aFinalNoticeComesDaysBeforeTheMonthLocksAndNothingAfter() {
    run(LOCKS.minusDays(4));
    assertThat(told(dataContact, "metrics.lock-soon")).isZero();
    run(LOCKS.minusDays(3));
    assertThat(told(dataContact, "metrics.lock-soon")).isEqualTo(1);
    long before = toldAbout(dataContact, P);
    assertThat(before).isEqualTo(2); // the overdue notice (caught up at once) and the final one
    run(LOCKS.plusDays(1)); // locked: no more reminders about it
    run(LOCKS.plusDays(30));
    assertThat(toldAbout(dataContact, P)).isEqualTo(before);
  }

  @Test
  void aValueThatLandsCountsAtOnce() {
    upload(clinician, "treated");
    run(DUE);
    assertThat(body(dataContact, "metrics.due-today"))
        .contains("Children screened")
        .doesNotContain("Children treated");
    upload(clinician, "screened");
    run(DUE.plusDays(30));
    assertThat(told(dataContact, "metrics.overdue")).isZero();
    assertThat(told(seniorLeader)).isZero();
    assertThat(told(lead)).isZero();
  }

  @Test
  void theSettingsChooseTheDaysAndCanTurnRemindersOff() {
    String path = "/api/collaboratives/{id}/metric-reminder-settings";
    Api.as(lead)
        .header("If-Match", Fixtures.etag(lead, path, collaborative))
        .body(settings(false, 2, 3, 4, 0))
        .put(path, collaborative)
        .then()
        .statusCode(200)
        .body("enabled", equalTo(false));
    run(DUE.plusDays(20));
    assertThat(told(dataContact)).isZero();
    assertThat(told(seniorLeader)).isZero();
    assertThat(told(lead)).isZero();

    Api.as(lead)
        .header("If-Match", Fixtures.etag(lead, path, collaborative))
        .body(settings(true, 2, 3, 4, 0))
        .put(path, collaborative)
        .then()
        .statusCode(200);
    run(DUE.minusDays(3));
    assertThat(told(dataContact, "metrics.due-soon")).isZero();
    run(DUE.minusDays(2));
    assertThat(told(dataContact, "metrics.due-soon")).isEqualTo(1);
    run(DUE.plusDays(3));
    assertThat(told(seniorLeader, "metrics.escalation")).isEqualTo(1);
    run(DUE.plusDays(4));
    assertThat(told(lead, "metrics.escalation")).isEqualTo(1);
    run(LOCKS); // no final notice with 0 days
    assertThat(told(dataContact, "metrics.lock-soon")).isZero();
  }

  @Test
  void otherCollaborativesAndOrganisationsAreNotAffected() {
    // the same organisation in a collaborative that is not running yet owes nothing
    Person otherLead = Fixtures.signIn(Person.faculty());
    String planned = Fixtures.collaborative(otherLead);
    mine.add(UUID.fromString(planned));
    enrol(planned, ash);
    measure(planned, "treated", "COUNT");
    Db.execute(
        "update collaborative set start_date = '"
            + P.minusMonths(1).atDay(1)
            + "' where id = '"
            + planned
            + "'");
    run(DUE.plusDays(20));
    assertThat(told(otherLead)).isZero();
    // Ash hears only about this collaborative: one overdue notice for the month
    assertThat(told(dataContact, "metrics.overdue")).isEqualTo(1);
    assertThat(body(dataContact, "metrics.overdue")).contains(title(collaborative));
  }

  @Test
  void aTeamWithoutDataContactOrRosterUsersIsRemindedThroughItsSeniorLeaders() {
    String oak = Fixtures.organization(admin);
    Person oakLeader = Fixtures.member(admin, oak, "SENIOR_LEADER");
    Person oakClinician = Fixtures.member(admin, oak, "CLINICIAN");
    enrol(collaborative, oak);
    run(DUE);
    assertThat(told(oakLeader, "metrics.due-today")).isEqualTo(1);
    assertThat(told(oakClinician)).isZero();
  }

  // ---- by hand ----------------------------------------------------------------------------------

  @Test
  void leadFacultyRemindEveryOverdueTeamOrTheTeamsTheyName() {
    String path = "/api/collaboratives/{id}/overdue-metrics/reminders";
    // since the month before last: Ash owes that month (overdue whatever the day); Birch reported
    startIn(collaborative, P.minusMonths(1));
    upload(birchClinician, P.minusMonths(1), "treated", "screened");
    Api.as(lead)
        .body(Map.of("message", "Please send your values by Friday."))
        .post(path, collaborative)
        .then()
        .statusCode(200)
        .body("teams", equalTo(1))
        .body("people", equalTo(2))
        .body("organizationIds", contains(ash));
    assertThat(told(dataContact, "metrics.reminder")).isEqualTo(1);
    assertThat(body(clinician, "metrics.reminder"))
        .contains("Please send your values by Friday.", "Children treated", lead.name());
    assertThat(told(birchClinician)).isZero();

    // named: Birch too, though it owes nothing
    Api.as(lead)
        .body(Map.of("organizationIds", List.of(birch), "message", "Thank you!"))
        .post(path, collaborative)
        .then()
        .statusCode(200)
        .body("teams", equalTo(1))
        .body("people", equalTo(1));
    assertThat(body(birchClinician, "metrics.reminder")).contains("Nothing is overdue");
    assertThat(
            Db.count(
                "select count(*) from audit_event where action = 'metrics.reminded' "
                    + "and collaborative_id = '"
                    + collaborative
                    + "'"))
        .isEqualTo(2);
  }

  @Test
  void onlyLeadFacultyAndAdminsRemindAndTheyNameEnrolledTeams() {
    String path = "/api/collaboratives/{id}/overdue-metrics/reminders";
    Map<String, Object> ok = Map.of("message", "Please report.");
    Api.anonymous().body(ok).post(path, collaborative).then().statusCode(401);
    Api.as(dataContact).body(ok).post(path, collaborative).then().statusCode(403);
    Person faculty = Fixtures.signIn(Person.faculty());
    Db.execute(
        "insert into faculty_assignment (collaborative_id, user_id, lead, assigned_at, updated_at) "
            + "select '"
            + collaborative
            + "', id, false, now(), now() from app_user where email = '"
            + faculty.email()
            + "'");
    Api.as(faculty).body(ok).post(path, collaborative).then().statusCode(403);
    Api.as(lead).body(ok).post(path, UUID.randomUUID()).then().statusCode(404);
    Api.as(lead)
        .body(Map.of("organizationIds", List.of(ash, UUID.randomUUID()), "message", "x"))
        .post(path, collaborative)
        .then()
        .statusCode(404);
    String stranger = Fixtures.organization(admin); // exists, not enrolled
    Api.as(admin)
        .body(Map.of("organizationIds", List.of(stranger), "message", "x"))
        .post(path, collaborative)
        .then()
        .statusCode(404);
    Api.badInput(lead)
        .body(Map.of("message", "   "))
        .post(path, collaborative)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("message"));
    Api.badInput(lead)
        .body(Map.of("message", "x".repeat(2001)))
        .post(path, collaborative)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("message"));
    Api.badInput(lead)
        .body(Map.of("organizationIds", List.of("not-a-uuid"), "message", "x"))
        .post(path, collaborative)
        .then()
        .statusCode(400);
    assertThat(told(dataContact)).isZero();
  }

  @Test
  void anUnlockTellsTheTeamOncePerDate() {
    unlock(3, "The export failed");
    assertThat(told(dataContact, "metrics.unlocked")).isEqualTo(1);
    assertThat(body(clinician, "metrics.unlocked")).contains("The export failed");
    assertThat(told(birchClinician)).isZero();

    // the same unlock again (a retry): nobody is told twice; a later date is news
    unlock(3, "The export failed");
    assertThat(told(dataContact, "metrics.unlocked")).isEqualTo(1);
    assertThat(told(clinician, "metrics.unlocked")).isEqualTo(1);
    unlock(10, "Still failing");
    assertThat(told(dataContact, "metrics.unlocked")).isEqualTo(2);
    assertThat(body(clinician, "metrics.unlocked")).contains("Still failing");
  }

  void unlock(int days, String reason) {
    Api.as(lead)
        .body(
            Map.of(
                "organizationId",
                ash,
                "period",
                P.minusMonths(1).toString(),
                "until",
                LocalDate.now(ZoneOffset.UTC).plusDays(days).toString(),
                "reason",
                reason))
        .post("/api/collaboratives/{id}/period-unlocks", collaborative)
        .then()
        .statusCode(201);
  }

  // ---- settings and the data contact
  // -------------------------------------------------------------

  @Test
  void settingsAreReadByFacultyAndChangedByTheLeadWithValidValues() {
    String path = "/api/collaboratives/{id}/metric-reminder-settings";
    Api.as(lead)
        .get(path, collaborative)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("enabled", equalTo(true))
        .body("daysBeforeDue", equalTo(5))
        .body("seniorLeaderAfterDays", equalTo(7))
        .body("leadFacultyAfterDays", equalTo(14))
        .body("daysBeforeLock", equalTo(3));
    Api.as(dataContact).get(path, collaborative).then().statusCode(403);
    Api.as(lead).get(path, UUID.randomUUID()).then().statusCode(404);
    Api.anonymous().get(path, collaborative).then().statusCode(401);

    Api.as(lead).body(settings(true, 1, 2, 3, 1)).put(path, collaborative).then().statusCode(428);
    Api.as(dataContact)
        .header("If-Match", "\"0\"")
        .body(settings(true, 1, 2, 3, 1))
        .put(path, collaborative)
        .then()
        .statusCode(403);
    Api.badInput(lead)
        .header("If-Match", "\"0\"")
        .body(settings(true, 1, 10, 9, 1))
        .put(path, collaborative)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("leadFacultyAfterDays"));
    Api.badInput(lead)
        .header("If-Match", "\"0\"")
        .body(settings(true, 29, 2, 3, 1))
        .put(path, collaborative)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("daysBeforeDue"));
    Api.as(lead)
        .header("If-Match", "\"0\"")
        .body(settings(true, 1, 2, 3, 1))
        .put(path, collaborative)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("daysBeforeDue", equalTo(1));
    Api.as(lead)
        .header("If-Match", "\"0\"")
        .body(settings(true, 1, 2, 3, 1))
        .put(path, collaborative)
        .then()
        .statusCode(412);
    assertThat(
            Db.count(
                "select count(*) from audit_event where action = 'metric-reminders.updated' "
                    + "and collaborative_id = '"
                    + collaborative
                    + "'"))
        .isEqualTo(1);
  }

  @Test
  void theDataContactIsAMemberChosenBySeniorLeadersOrAdmins() {
    String path = "/api/organizations/{id}/data-contact";
    String member = memberId(ash, clinician);
    String birchMember = memberId(birch, birchClinician);
    Api.as(seniorLeader)
        .header("If-Match", Fixtures.etag(seniorLeader, "/api/organizations/{id}", ash))
        .body(Map.of("memberId", member))
        .put(path, ash)
        .then()
        .statusCode(200)
        .body("dataContactMemberId", equalTo(member));
    Api.as(clinician)
        .header("If-Match", Fixtures.etag(admin, "/api/organizations/{id}", ash))
        .body(Map.of("memberId", member))
        .put(path, ash)
        .then()
        .statusCode(403);
    Api.as(birchClinician)
        .header("If-Match", Fixtures.etag(admin, "/api/organizations/{id}", ash))
        .body(Map.of("memberId", member))
        .put(path, ash)
        .then()
        .statusCode(404);
    Api.badInput(admin)
        .header("If-Match", Fixtures.etag(admin, "/api/organizations/{id}", ash))
        .body(Map.of("memberId", birchMember))
        .put(path, ash)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("memberId"));
    Api.as(admin).body(Map.of("memberId", member)).put(path, ash).then().statusCode(428);
    Api.as(admin)
        .header("If-Match", Fixtures.etag(admin, "/api/organizations/{id}", ash))
        .body(Map.of())
        .put(path, ash)
        .then()
        .statusCode(200)
        .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("dataContactMemberId")));
  }

  /**
   * The daily run for a day, over this test's collaboratives (the test database holds many other
   * tests' ACTIVE collaboratives; {@link MetricReminderService#run(LocalDate)} reads them all).
   */
  void run(LocalDate day) {
    reminders.run(day, mine);
  }

  // ---- helpers ----------------------------------------------------------------------------------

  static Map<String, Object> settings(
      boolean enabled, int before, int leader, int leadFaculty, int beforeLock) {
    return Map.of(
        "enabled",
        enabled,
        "daysBeforeDue",
        before,
        "seniorLeaderAfterDays",
        leader,
        "leadFacultyAfterDays",
        leadFaculty,
        "daysBeforeLock",
        beforeLock);
  }

  static String enrol(String collaborative, String organization) {
    String id = UUID.randomUUID().toString();
    Db.execute(
        "insert into team (id, collaborative_id, organization_id, enrolled_at) values ('"
            + id
            + "', '"
            + collaborative
            + "', '"
            + organization
            + "', now())");
    return id;
  }

  static void roster(String team, String email, LocalDate left) {
    LocalDate start = LocalDate.now(ZoneOffset.UTC).minusYears(3);
    Db.execute(
        "insert into roster_member (id, team_id, role, name, email, start_date, end_date) values ('"
            + UUID.randomUUID()
            + "', '"
            + team
            + "', 'CLINICIAN', 'Someone', '"
            + email
            + "', '"
            + start
            + "', "
            + (left == null ? "null" : "'" + left + "'")
            + ")");
  }

  void measure(String collab, String key, String type) {
    Map<String, Object> m = new HashMap<>();
    m.put("key", key);
    m.put("name", "Children " + key);
    m.put("type", type);
    m.put("direction", "INCREASE");
    m.put("dueDay", 15);
    m.put("lockAfterDays", 120);
    if (type.equals("PROPORTION")) {
      m.put("numerator", "screened");
      m.put("denominator", "seen");
    }
    Api.as(admin).body(m).post("/api/collaboratives/{id}/measures", collab).then().statusCode(201);
  }

  /** Running since last month (P). */
  static void activate(String collab) {
    startIn(collab, P);
  }

  static void startIn(String collab, YearMonth month) {
    Db.execute(
        "update collaborative set phase = 'ACTIVE', start_date = '"
            + month.atDay(1)
            + "' where id = '"
            + collab
            + "'");
  }

  void chooseDataContact(String org, Person p) {
    Api.as(admin)
        .header("If-Match", Fixtures.etag(admin, "/api/organizations/{id}", org))
        .body(Map.of("memberId", memberId(org, p)))
        .put("/api/organizations/{id}/data-contact", org)
        .then()
        .statusCode(200);
  }

  static String memberId(String org, Person p) {
    return Db.text(
        "select m.id from membership m join app_user u on u.id = m.user_id where m.organization_id = '"
            + org
            + "' and u.email = '"
            + p.email()
            + "'");
  }

  void upload(Person p, String... keys) {
    upload(p, P, keys);
  }

  void upload(Person p, YearMonth period, String... keys) {
    List<Map<String, Object>> rows =
        java.util.Arrays.stream(keys)
            .map(
                k ->
                    k.equals("screened")
                        ? Map.<String, Object>of(
                            "measureKey",
                            k,
                            "period",
                            period.toString(),
                            "numerator",
                            3,
                            "denominator",
                            4)
                        : Map.<String, Object>of(
                            "measureKey", k, "period", period.toString(), "value", 3))
            .toList();
    // the contract describes the upload body as a file (JSON or CSV): the answer is validated
    Api.badInput(p)
        .body(rows)
        .post("/api/collaboratives/{id}/metric-imports", collaborative)
        .then()
        .statusCode(200);
  }

  static long told(Person p) {
    return Db.count(
        "select count(*) from notification n join app_user u on u.id = n.user_id "
            + "where u.email = '"
            + p.email()
            + "'");
  }

  static long told(Person p, String kind) {
    return Db.count(
        "select count(*) from notification n join app_user u on u.id = n.user_id "
            + "where u.email = '"
            + p.email()
            + "' and n.kind = '"
            + kind
            + "'");
  }

  /** The reminders the person got about one month (their dedup keys name it). */
  static long toldAbout(Person p, YearMonth month) {
    return Db.count(
        "select count(*) from notification n join app_user u on u.id = n.user_id "
            + "where u.email = '"
            + p.email()
            + "' and n.dedup_key like '%:"
            + month
            + ":%'");
  }

  static String body(Person p, String kind) {
    return Db.text(
        "select string_agg(n.title || E'\\n' || n.body, E'\\n---\\n') from notification n "
            + "join app_user u on u.id = n.user_id where u.email = '"
            + p.email()
            + "' and n.kind = '"
            + kind
            + "'");
  }

  static String name(String org) {
    return Db.text("select name from organization where id = '" + org + "'");
  }

  static String title(String collab) {
    return Db.text("select title from collaborative where id = '" + collab + "'");
  }
}
