package org.lcp.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
import org.lcp.support.TestTokens;

/**
 * What faculty and teams read: completeness, the overdue list, unlocks, the CSV export, a team's
 * charts.
 */
@QuarkusTest
class MetricViewsTest {

  static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
  static final YearMonth NOW = YearMonth.from(TODAY);
  static final String M3 = NOW.minusMonths(3).toString();
  static final String M2 = NOW.minusMonths(2).toString();

  final Person admin = Person.admin();
  Person lead;
  Person otherFaculty;
  String collaborative;
  String org;
  Person member;
  String otherOrg;
  Person otherMember;
  String outsiderOrg;
  Person outsider;

  @BeforeEach
  void setUp() {
    lead = Fixtures.signIn(Person.faculty());
    otherFaculty = Fixtures.signIn(Person.faculty());
    collaborative = Fixtures.collaborative(lead);
    Api.as(lead)
        .body(Map.of("email", otherFaculty.email(), "name", otherFaculty.name()))
        .post("/api/collaboratives/{c}/faculty", collaborative)
        .then()
        .statusCode(201);
    org = Fixtures.organization(admin);
    Db.execute(
        "update organization set name = 'Alder, Birch & Co "
            + org.substring(0, 8)
            + "' where id = '"
            + org
            + "'");
    member = Fixtures.member(admin, org, "DATA_CONTACT");
    otherOrg = Fixtures.organization(admin);
    Db.execute(
        "update organization set name = 'Zeta Clinic "
            + otherOrg.substring(0, 8)
            + "' where id = '"
            + otherOrg
            + "'");
    otherMember = Fixtures.member(admin, otherOrg, "CLINICIAN");
    outsiderOrg = Fixtures.organization(admin);
    outsider = Fixtures.member(admin, outsiderOrg, "CLINICIAN");
    enrol(org);
    enrol(otherOrg);
    Fixtures.advance(lead, collaborative, "ANNOUNCED");
    measure("long", "COUNT", 3650);
    measure("short", "COUNT", 0);
    upload(member, List.of(row("long", M3, "value", 4), row("long", M2, "value", 5)));
    // the M3 value arrived on its due day: on time; the M2 one arrives today, after its due day:
    // late (the arrival is kept on the value and in its revision)
    for (String table :
        List.of("metric_value_revision set at", "metric_value set first_reported_at")) {
      Db.execute(
          "update "
              + table
              + " = '"
              + NOW.minusMonths(2).atDay(15)
              + "T12:00:00Z' where "
              + "organization_id = '"
              + org
              + "' and period = '"
              + NOW.minusMonths(3).atDay(1)
              + "'");
    }
  }

  void enrol(String organization) {
    Db.execute(
        "insert into team (id, collaborative_id, organization_id, enrolled_at) values ('"
            + UUID.randomUUID()
            + "', '"
            + collaborative
            + "', '"
            + organization
            + "', now())");
  }

  @Test
  void completenessClassifiesEveryTeamMeasureAndPeriod() {
    JsonPath m =
        Api.as(lead)
            .queryParam("from", M3)
            .queryParam("to", NOW.toString())
            .get("/api/collaboratives/{c}/metric-completeness", collaborative)
            .then()
            .statusCode(200)
            .body("today", equalTo(TODAY.toString()))
            .body("periods", contains(M3, M2, NOW.minusMonths(1).toString(), NOW.toString()))
            .body("measures.key", contains("long", "short"))
            .body("teams.organizationId", contains(org, otherOrg))
            .extract()
            .jsonPath();
    String lastMonth = lastMonthState();
    // long (locks after ten years) for the reporting team: on time, late, owed or not yet due, not
    // yet due
    assertThat(m.getList("teams[0].rows[0].states"))
        .containsExactly("REPORTED", "LATE", lastMonth, "NOT_DUE");
    assertThat(m.getList("teams[0].rows[0].locked")).containsExactly(false, false, false, false);
    // short (locks the day a month ends): never reported, so lost once locked
    assertThat(m.getList("teams[0].rows[1].states"))
        .containsExactly(
            "LOCKED", "LOCKED", lastMonth.equals("MISSING") ? "LOCKED" : "NOT_DUE", "NOT_DUE");
    assertThat(m.getList("teams[0].rows[1].locked")).containsExactly(true, true, true, false);
    assertThat(m.getList("teams[1].rows[0].states"))
        .containsExactly("MISSING", "MISSING", lastMonth, "NOT_DUE");
    assertThat(m.getInt("teams[0].reported")).isEqualTo(1);
    assertThat(m.getInt("teams[0].late")).isEqualTo(1);
    assertThat(m.getInt("teams[1].missing")).isEqualTo(lastMonth.equals("MISSING") ? 3 : 2);
    assertThat(
            m.getInt("teams[1].reported")
                + m.getInt("teams[1].late")
                + m.getInt("teams[1].missing")
                + m.getInt("teams[1].locked")
                + m.getInt("teams[1].notDue"))
        .isEqualTo(8);

    // an unlock turns a lost period back into an owed one, for that team only
    Api.as(lead)
        .body(
            Map.of(
                "organizationId",
                org,
                "period",
                M2,
                "until",
                TODAY.plusDays(3).toString(),
                "reason",
                "The EHR export failed"))
        .post("/api/collaboratives/{c}/period-unlocks", collaborative)
        .then()
        .statusCode(201)
        .body("organizationName", equalTo(name(org)))
        .body("active", equalTo(true));
    JsonPath after =
        Api.as(lead)
            .queryParam("from", M3)
            .queryParam("to", M2)
            .get("/api/collaboratives/{c}/metric-completeness", collaborative)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(after.getList("teams[0].rows[1].states")).containsExactly("LOCKED", "MISSING");
    assertThat(after.getList("teams[0].rows[1].locked")).containsExactly(true, false);
    assertThat(after.getList("teams[1].rows[1].states")).containsExactly("LOCKED", "LOCKED");

    // a team sees itself only; another organisation answers 404
    Api.as(member)
        .queryParam("from", M3)
        .get("/api/collaboratives/{c}/metric-completeness", collaborative)
        .then()
        .statusCode(200)
        .body("teams.organizationId", contains(org));
    Api.as(member)
        .queryParam("organizationId", otherOrg)
        .get("/api/collaboratives/{c}/metric-completeness", collaborative)
        .then()
        .statusCode(404);
    Api.as(outsider)
        .get("/api/collaboratives/{c}/metric-completeness", collaborative)
        .then()
        .statusCode(200)
        .body("teams", hasSize(0));
    Api.as(otherFaculty)
        .queryParam("organizationId", otherOrg)
        .get("/api/collaboratives/{c}/metric-completeness", collaborative)
        .then()
        .statusCode(200)
        .body("teams.organizationId", contains(otherOrg));
  }

  @Test
  void completenessComesAPageOfTeamsAtATimeWithFiltersAndCountsOfTheWhole() {
    boolean lastMonthOwed = lastMonthState().equals("MISSING");
    // Alder, Birch & Co (org) owes "long" only last month (when due); Zeta (otherOrg) owes it
    // since M3
    Api.as(lead)
        .queryParam("from", M3)
        .queryParam("size", 1)
        .get("/api/collaboratives/{c}/metric-completeness", collaborative)
        .then()
        .statusCode(200)
        .body("teams.organizationId", contains(org))
        .body("page", equalTo(0))
        .body("size", equalTo(1))
        .body("total", equalTo(2))
        .body("enrolled", equalTo(2))
        .body("overdueTeams", equalTo(lastMonthOwed ? 2 : 1));
    Api.as(lead)
        .queryParam("from", M3)
        .queryParam("size", 1)
        .queryParam("page", 1)
        .get("/api/collaboratives/{c}/metric-completeness", collaborative)
        .then()
        .body("teams.organizationId", contains(otherOrg))
        .body("total", equalTo(2));
    Api.as(lead)
        .queryParam("page", 2)
        .queryParam("size", 1)
        .get("/api/collaboratives/{c}/metric-completeness", collaborative)
        .then()
        .statusCode(200)
        .body("teams", hasSize(0))
        .body("total", equalTo(2));
    // by name, case-insensitive
    Api.as(lead)
        .queryParam("q", " zETA ")
        .get("/api/collaboratives/{c}/metric-completeness", collaborative)
        .then()
        .body("teams.organizationId", contains(otherOrg))
        .body("total", equalTo(1))
        .body("enrolled", equalTo(2));
    // one measure's row; the team's counts still cover every measure (2 measures x 4 months)
    JsonPath one =
        Api.as(lead)
            .queryParam("from", M3)
            .queryParam("to", NOW.toString())
            .queryParam("measureKey", "short")
            .get("/api/collaboratives/{c}/metric-completeness", collaborative)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(one.getList("teams[0].rows.measureKey")).containsExactly("short");
    assertThat(one.getList("teams[0].rows[0].states"))
        .containsExactly("LOCKED", "LOCKED", lastMonthOwed ? "LOCKED" : "NOT_DUE", "NOT_DUE");
    assertThat(
            one.getInt("teams[0].reported")
                + one.getInt("teams[0].late")
                + one.getInt("teams[0].missing")
                + one.getInt("teams[0].locked")
                + one.getInt("teams[0].notDue"))
        .isEqualTo(8);
    // only the teams owing a value: of "long" Zeta since M3 (and Alder last month, once due); of
    // "short" nobody (it locks the day a month ends)
    Api.as(lead)
        .queryParam("from", M3)
        .queryParam("overdueOnly", true)
        .queryParam("measureKey", "long")
        .get("/api/collaboratives/{c}/metric-completeness", collaborative)
        .then()
        .body("teams.organizationId", lastMonthOwed ? contains(org, otherOrg) : contains(otherOrg));
    Api.as(lead)
        .queryParam("from", M3)
        .queryParam("overdueOnly", true)
        .queryParam("measureKey", "short")
        .get("/api/collaboratives/{c}/metric-completeness", collaborative)
        .then()
        .body("teams", hasSize(0))
        .body("total", equalTo(0))
        .body("overdueTeams", equalTo(lastMonthOwed ? 2 : 1));
    // a team member counts its own team only
    Api.as(member)
        .queryParam("overdueOnly", true)
        .queryParam("from", M3)
        .get("/api/collaboratives/{c}/metric-completeness", collaborative)
        .then()
        .body("enrolled", equalTo(1))
        .body("overdueTeams", equalTo(lastMonthOwed ? 1 : 0));
    Api.badInput(lead)
        .queryParam("measureKey", "nope")
        .get("/api/collaboratives/{c}/metric-completeness", collaborative)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("measureKey"))
        .body("violations[0].in", equalTo("query"));
    Api.badInput(lead)
        .queryParam("size", 101)
        .get("/api/collaboratives/{c}/metric-completeness", collaborative)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("size"));
  }

  @Test
  void aPageOfValuesStatesItsTotalFromTheTallyTheDatabaseKeeps() {
    // the two values of setUp, then a change of one (no new value) and three arrivals
    upload(
        member,
        List.of(
            row("long", M2, "value", 6), row("long", NOW.minusMonths(1).toString(), "value", 1)));
    upload(
        otherMember,
        List.of(
            row("long", M3, "value", 2), row("long", NOW.minusMonths(1).toString(), "value", 3)));
    assertThat(total(lead, Map.of())).isEqualTo(5).isEqualTo(counted(null, null));
    assertThat(total(lead, Map.of("measureKey", "long")))
        .isEqualTo(5)
        .isEqualTo(counted("long", null));
    assertThat(total(lead, Map.of("measureKey", "short"))).isZero();
    assertThat(total(lead, Map.of("organizationId", otherOrg)))
        .isEqualTo(2)
        .isEqualTo(counted(null, otherOrg));
    assertThat(total(member, Map.of())).isEqualTo(3).isEqualTo(counted(null, org));
    // a month narrows the list: counted, and the same
    assertThat(total(lead, Map.of("from", M2))).isEqualTo(3);
    // values written or removed outside the API keep the tally true (the database's triggers)
    Db.execute(
        "delete from metric_value where organization_id = '"
            + otherOrg
            + "' and period = '"
            + NOW.minusMonths(1).atDay(1)
            + "'");
    assertThat(total(lead, Map.of())).isEqualTo(4).isEqualTo(counted(null, null));
    // a page smaller than its size states its total without counting; a full one counts
    Api.as(lead)
        .queryParam("size", 3)
        .queryParam("page", 1)
        .get("/api/collaboratives/{c}/metric-values", collaborative)
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("total", equalTo(4));
  }

  long total(Person who, Map<String, String> query) {
    return ((Number)
            Api.as(who)
                .queryParams(query)
                .get("/api/collaboratives/{c}/metric-values", collaborative)
                .then()
                .statusCode(200)
                .extract()
                .path("total"))
        .longValue();
  }

  long counted(String measureKey, String organization) {
    return Long.parseLong(
        Db.text(
            "select count(*) from metric_value v join measure m on m.id = v.measure_id where "
                + "m.collaborative_id = '"
                + collaborative
                + "'"
                + (measureKey == null ? "" : " and m.key = '" + measureKey + "'")
                + (organization == null ? "" : " and v.organization_id = '" + organization + "'")));
  }

  @Test
  void periodRangesAreBounded() {
    Api.badInput(lead)
        .queryParam("to", NOW.plusMonths(1).toString())
        .get("/api/collaboratives/{c}/metric-completeness", collaborative)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("to"))
        .body("violations[0].in", equalTo("query"));
    Api.badInput(lead)
        .queryParam("from", NOW.toString())
        .queryParam("to", M2)
        .get("/api/collaboratives/{c}/metric-completeness", collaborative)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("from"));
    Api.badInput(lead)
        .queryParam("from", NOW.minusMonths(60).toString())
        .get("/api/collaboratives/{c}/metric-completeness", collaborative)
        .then()
        .statusCode(400)
        .body("violations[0].message", equalTo("at most 60 periods can be shown at once"));
    Api.badInput(lead)
        .queryParam("from", "2026-13")
        .get("/api/collaboratives/{c}/metric-completeness", collaborative)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("from"));
    Api.as(lead)
        .queryParam("from", NOW.minusMonths(59).toString())
        .get("/api/collaboratives/{c}/metric-completeness", collaborative)
        .then()
        .statusCode(200)
        .body("periods", hasSize(60));
  }

  @Test
  void theOverdueListNamesWhatIsOwedLongestFirst() {
    JsonPath o =
        Api.as(lead)
            .queryParam("size", 100)
            .get("/api/collaboratives/{c}/overdue-metrics", collaborative)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> items = o.getList("items");
    assertThat(items).isNotEmpty();
    assertThat(items).allSatisfy(i -> assertThat(i.get("measureKey")).isEqualTo("long"));
    // the reporting team owes nothing before last month; the other team owes every past month
    assertThat(
            items.stream()
                .filter(i -> i.get("organizationId").equals(org))
                .map(i -> i.get("period")))
        .doesNotContain(M3, M2);
    Map<String, Object> m2 =
        items.stream()
            .filter(i -> i.get("organizationId").equals(otherOrg) && i.get("period").equals(M2))
            .findFirst()
            .orElseThrow();
    LocalDate due = NOW.minusMonths(1).atDay(15);
    assertThat(m2)
        .containsEntry("dueOn", due.toString())
        .containsEntry("measureName", "Measure long")
        .containsEntry("organizationName", name(otherOrg))
        .containsEntry("daysOverdue", (int) ChronoUnit.DAYS.between(due, TODAY))
        .containsEntry("locksOn", NOW.minusMonths(2).atEndOfMonth().plusDays(3650).toString());
    List<String> dues = items.stream().map(i -> (String) i.get("dueOn")).toList();
    assertThat(dues).isSorted();
    assertThat(o.getLong("total")).isEqualTo(items.size());

    Api.as(lead)
        .queryParam("size", 1)
        .queryParam("page", 1)
        .get("/api/collaboratives/{c}/overdue-metrics", collaborative)
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("total", equalTo(items.size()));
    Api.as(member)
        .get("/api/collaboratives/{c}/overdue-metrics", collaborative)
        .then()
        .statusCode(200)
        .body("items.organizationId", everyItem(equalTo(org)));
    Api.as(member)
        .queryParam("organizationId", otherOrg)
        .get("/api/collaboratives/{c}/overdue-metrics", collaborative)
        .then()
        .statusCode(404);
  }

  @Test
  void unlocksAreListedForFacultyAndForTheTeamConcerned() {
    for (String o : List.of(org, otherOrg)) {
      Api.as(lead)
          .body(
              Map.of(
                  "organizationId",
                  o,
                  "period",
                  M2,
                  "until",
                  TODAY.toString(),
                  "reason",
                  "Export failed at " + o))
          .post("/api/collaboratives/{c}/period-unlocks", collaborative)
          .then()
          .statusCode(201);
    }
    Db.execute(
        "update period_unlock set until = '"
            + TODAY.minusDays(1)
            + "' where organization_id = '"
            + otherOrg
            + "'");
    Api.as(otherFaculty)
        .get("/api/collaboratives/{c}/period-unlocks", collaborative)
        .then()
        .statusCode(200)
        .body("total", equalTo(2))
        .body("items.find { it.organizationId == '" + otherOrg + "' }.active", equalTo(false))
        .body("items.find { it.organizationId == '" + org + "' }.active", equalTo(true))
        .body("items.find { it.organizationId == '" + org + "' }.unlockedBy", equalTo(lead.name()));
    Api.as(member)
        .get("/api/collaboratives/{c}/period-unlocks", collaborative)
        .then()
        .statusCode(200)
        .body("items.organizationId", contains(org))
        .body("items[0].reason", equalTo("Export failed at " + org));
    Api.as(member)
        .queryParam("organizationId", otherOrg)
        .get("/api/collaboratives/{c}/period-unlocks", collaborative)
        .then()
        .statusCode(404);
    Api.as(outsider)
        .get("/api/collaboratives/{c}/period-unlocks", collaborative)
        .then()
        .statusCode(200)
        .body("total", equalTo(0));
  }

  @Test
  void theCsvExportHoldsWhatTheCallerMaySeeAndUploadsAgainUnchanged() {
    upload(otherMember, List.of(row("long", M2, "value", 7)));
    String all =
        Api.as(lead)
            .accept("text/csv")
            .get("/api/collaboratives/{c}/metric-values/export", collaborative)
            .then()
            .statusCode(200)
            .contentType("text/csv")
            .header(
                "Content-Disposition",
                "attachment; filename=\"metric-values-" + collaborative + ".csv\"")
            .extract()
            .asString();
    String[] lines = all.split("\r\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[0])
        .isEqualTo(
            "organizationId,organizationName,measureKey,period,value,numerator,denominator,source,updatedAt");
    assertThat(lines[1])
        .isEqualTo(org + ",\"" + name(org) + "\",long," + M3 + ",4,,,WEB," + updatedAt(org, M3));
    assertThat(lines[2])
        .isEqualTo(org + ",\"" + name(org) + "\",long," + M2 + ",5,,,WEB," + updatedAt(org, M2));
    assertThat(lines[3])
        .isEqualTo(
            otherOrg
                + ","
                + name(otherOrg)
                + ",long,"
                + M2
                + ",7,,,WEB,"
                + updatedAt(otherOrg, M2));

    String own =
        Api.as(member)
            .accept("text/csv")
            .get("/api/collaboratives/{c}/metric-values/export", collaborative)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(own.split("\r\n")).hasSize(3).noneMatch(l -> l.contains(otherOrg));
    Api.as(member)
        .accept("text/csv")
        .queryParam("organizationId", otherOrg)
        .get("/api/collaboratives/{c}/metric-values/export", collaborative)
        .then()
        .statusCode(404);
    String filtered =
        Api.as(lead)
            .accept("text/csv")
            .queryParam("from", M2)
            .queryParam("organizationId", org)
            .get("/api/collaboratives/{c}/metric-values/export", collaborative)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(filtered.split("\r\n")).hasSize(2);

    // the export uploads again as it is: nothing changes
    Api.badInput(member)
        .contentType("text/csv")
        .body(own)
        .post("/api/collaboratives/{c}/metric-imports", collaborative)
        .then()
        .statusCode(200)
        .body("received", equalTo(2))
        .body("unchanged", equalTo(2))
        .body("rejected", equalTo(0));
  }

  @Test
  void aTeamPageHasEveryMeasureForThatTeamOnly() {
    Api.as(member)
        .queryParam("organizationId", org)
        .get("/api/collaboratives/{c}/run-charts", collaborative)
        .then()
        .statusCode(200)
        .body("items.measureKey", contains("long", "short"))
        .body("items[0].teams.organizationId", contains(org))
        .body("items[0].teams[0].points.value", contains(4.0f, 5.0f))
        .body("items[1].teams", hasSize(0))
        .body("items[0]", not(hasKey("pooled")));
    upload(otherMember, List.of(row("long", M2, "value", 7)));
    Api.as(lead)
        .queryParam("organizationId", otherOrg)
        .queryParam("baseline", 1)
        .get("/api/collaboratives/{c}/run-charts", collaborative)
        .then()
        .statusCode(200)
        .body("items[0].baseline", equalTo(1))
        .body("items[0].teams.organizationId", contains(otherOrg))
        // a count pooled per reporting team; M3, reported by one of the enrolled teams, incomplete
        .body("items[0].pooled.points.value", contains(4.0f, 6.0f))
        .body("items[0].pooled.points.teams", contains(1, 2))
        .body("items[0].pooled.points.incomplete", contains(true, false));
    Api.as(member)
        .queryParam("organizationId", otherOrg)
        .get("/api/collaboratives/{c}/run-charts", collaborative)
        .then()
        .statusCode(404);
    Api.as(lead)
        .queryParam("organizationId", outsiderOrg)
        .get("/api/collaboratives/{c}/run-charts", collaborative)
        .then()
        .statusCode(404);
    Api.badInput(lead)
        .get("/api/collaboratives/{c}/run-charts", collaborative)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("organizationId"));
  }

  @Test
  void aSitesDataSystemReadsItsOwnOrganisationOnly() {
    String client = "site-" + UUID.randomUUID().toString().substring(0, 8);
    Api.as(admin)
        .body(Map.of("clientId", client, "name", "EHR"))
        .post("/api/organizations/{id}/machine-clients", org)
        .then()
        .statusCode(201);
    String machine = TestTokens.machine(client);
    Api.as(machine)
        .queryParam("from", M3)
        .get("/api/collaboratives/{c}/metric-completeness", collaborative)
        .then()
        .statusCode(200)
        .body("teams.organizationId", contains(org));
    for (String path :
        List.of("metric-completeness", "overdue-metrics", "period-unlocks", "run-charts")) {
      Api.as(machine)
          .queryParam("organizationId", otherOrg)
          .get("/api/collaboratives/{c}/" + path, collaborative)
          .then()
          .statusCode(404);
    }
    Api.as(machine)
        .accept("text/csv")
        .queryParam("organizationId", otherOrg)
        .get("/api/collaboratives/{c}/metric-values/export", collaborative)
        .then()
        .statusCode(404);
    String csv =
        Api.as(machine)
            .accept("text/csv")
            .get("/api/collaboratives/{c}/metric-values/export", collaborative)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv.split("\r\n")).hasSize(3).noneMatch(l -> l.contains(otherOrg));
  }

  /** Last month is owed once its due day (the 15th of this month) has passed. */
  static String lastMonthState() {
    return TODAY.isAfter(NOW.atDay(15)) ? "MISSING" : "NOT_DUE";
  }

  String name(String organization) {
    return Db.text("select name from organization where id = '" + organization + "'");
  }

  /** The value's updatedAt as the API writes instants (java.time's ISO form, UTC). */
  String updatedAt(String organization, String period) {
    long micros =
        Long.parseLong(
            Db.text(
                "select (extract(epoch from updated_at) * 1000000)::bigint from "
                    + "metric_value where organization_id = '"
                    + organization
                    + "' and period = '"
                    + period
                    + "-01'"));
    return java.time.Instant.EPOCH
        .plus(micros, ChronoUnit.MICROS)
        .atOffset(ZoneOffset.UTC)
        .toString();
  }

  void measure(String key, String type, int lockAfterDays) {
    Api.as(lead)
        .body(
            Map.of(
                "key",
                key,
                "name",
                "Measure " + key,
                "type",
                type,
                "direction",
                "INCREASE",
                "lockAfterDays",
                lockAfterDays))
        .post("/api/collaboratives/{id}/measures", collaborative)
        .then()
        .statusCode(201);
  }

  void upload(Person who, List<Map<String, Object>> rows) {
    Api.badInput(who)
        .body(rows)
        .post("/api/collaboratives/{c}/metric-imports", collaborative)
        .then()
        .statusCode(200)
        .body("rejected", equalTo(0));
  }

  static Map<String, Object> row(String measure, String period, Object... kv) {
    Map<String, Object> m = new HashMap<>();
    m.put("measureKey", measure);
    m.put("period", period);
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
