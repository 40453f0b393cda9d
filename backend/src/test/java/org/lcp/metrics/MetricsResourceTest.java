package org.lcp.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

@QuarkusTest
class MetricsResourceTest {

  static final String LAST_MONTH = YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();
  static final String THIS_MONTH = YearMonth.now(ZoneOffset.UTC).toString();
  static final String NEXT_MONTH = YearMonth.now(ZoneOffset.UTC).plusMonths(1).toString();

  final Person admin = Person.admin();
  Person lead;
  String collaborative;
  String org;
  Person member;
  String otherOrg;
  Person otherMember;

  @BeforeEach
  void setUp() {
    lead = Fixtures.signIn(Person.faculty());
    collaborative = Fixtures.collaborative(lead);
    org = Fixtures.organization(admin);
    member = Fixtures.member(admin, org, "DATA_CONTACT");
    otherOrg = Fixtures.organization(admin);
    otherMember = Fixtures.member(admin, otherOrg, "CLINICIAN");
    enrol(org);
    enrol(otherOrg);
    Fixtures.advance(lead, collaborative, "ANNOUNCED");
    measure("treated", "COUNT", 45);
    measure("screened", "PROPORTION", 45);
    measure("wait-days", "MEAN", 45);
  }

  void enrol(String organization) {
    // enrolment comes from an accepted application; arranged directly here
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
  void leadFacultyUnlockAPeriodForOneTeam() {
    measure("old-count", "COUNT", 0);
    String twoMonthsAgo = YearMonth.now(ZoneOffset.UTC).minusMonths(2).toString();
    String today = java.time.LocalDate.now(ZoneOffset.UTC).toString();
    upload(member.token(), List.of(row("old-count", twoMonthsAgo, "value", 1)), "")
        .statusCode(422)
        .body("rejections[0].code", equalTo("LOCKED_PERIOD"));
    Map<String, Object> unlock =
        Map.of(
            "organizationId",
            org,
            "period",
            twoMonthsAgo,
            "until",
            today,
            "reason",
            "Their EHR export failed in that month");
    Api.as(member)
        .body(unlock)
        .post("/api/collaboratives/{id}/period-unlocks", collaborative)
        .then()
        .statusCode(403);
    Api.as(lead)
        .body(unlock)
        .post("/api/collaboratives/{id}/period-unlocks", collaborative)
        .then()
        .statusCode(201)
        .body("until", equalTo(today))
        .body("unlockedBy", equalTo(lead.name()));
    upload(member.token(), List.of(row("old-count", twoMonthsAgo, "value", 1)), "")
        .statusCode(200)
        .body("created", equalTo(1));
    // only that team
    upload(otherMember.token(), List.of(row("old-count", twoMonthsAgo, "value", 1)), "")
        .statusCode(422)
        .body("rejections[0].code", equalTo("LOCKED_PERIOD"));
    Api.badInput(lead)
        .body(
            Map.of(
                "organizationId",
                org,
                "period",
                twoMonthsAgo,
                "until",
                "2020-01-01",
                "reason",
                "x"))
        .post("/api/collaboratives/{id}/period-unlocks", collaborative)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("until"));
    Api.badInput(lead)
        .body(
            Map.of(
                "organizationId",
                Fixtures.organization(admin),
                "period",
                twoMonthsAgo,
                "until",
                today,
                "reason",
                "x"))
        .post("/api/collaboratives/{id}/period-unlocks", collaborative)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("organizationId"));
  }

  @Test
  void runChartsShowEachTeamThePooledSeriesAndTheSignals() {
    String id = measure("long", "COUNT", 3650);
    List<Double> a = List.of(1.0, 1.0, 1.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
    var rowsA = new ArrayList<Map<String, Object>>();
    var rowsB = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < a.size(); i++) {
      String period = YearMonth.now(ZoneOffset.UTC).minusMonths(a.size() - i).toString();
      rowsA.add(row("long", period, "value", a.get(i)));
      rowsB.add(row("long", period, "value", 4));
    }
    upload(member.token(), rowsA, "").statusCode(200).body("created", equalTo(9));
    upload(otherMember.token(), rowsB, "").statusCode(200);

    Api.as(lead)
        .queryParam("baseline", 3)
        .get("/api/collaboratives/{c}/measures/{m}/run-chart", collaborative, id)
        .then()
        .statusCode(200)
        .body("teams", hasSize(2))
        .body("teams.find { it.organizationId == '" + org + "' }.median", equalTo(1.0f))
        .body(
            "teams.find { it.organizationId == '" + org + "' }.signals.kind",
            contains("SHIFT_ABOVE", "TREND_UP"))
        .body("teams.find { it.organizationId == '" + org + "' }.signals[0].periods", hasSize(6))
        .body("teams.find { it.organizationId == '" + otherOrg + "' }.signals", hasSize(0))
        .body("pooled.points", hasSize(9))
        // a count is pooled as the mean per reporting team (1 and 4; 10 and 4)
        .body("pooled.points[0].value", equalTo(2.5f))
        .body("pooled.points[0].teams", equalTo(2))
        .body("pooled.points[0].enrolledTeams", equalTo(2))
        .body("pooled.points[8].value", equalTo(7.0f))
        .body("pooled.points[8].teamMedian", equalTo(7.0f));
    Api.as(member)
        .get("/api/collaboratives/{c}/measures/{m}/run-chart", collaborative, id)
        .then()
        .statusCode(200)
        .body("teams.organizationId", contains(org))
        .body("teamSignals.organizationId", contains(org))
        .body("$", not(hasKey("pooled")));
  }

  @Test
  void aMeasuresChartCarriesTheChosenTeamsPointsAndEveryTeamsSignals() {
    String id = measure("chosen", "COUNT", 3650);
    List<Double> a = List.of(1.0, 1.0, 1.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
    var rowsA = new ArrayList<Map<String, Object>>();
    var rowsB = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < a.size(); i++) {
      String period = YearMonth.now(ZoneOffset.UTC).minusMonths(a.size() - i).toString();
      rowsA.add(row("chosen", period, "value", a.get(i)));
      rowsB.add(row("chosen", period, "value", 4));
    }
    upload(member.token(), rowsA, "").statusCode(200);
    upload(otherMember.token(), rowsB.subList(0, 7), "").statusCode(200);
    String last = YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();
    String seventh = YearMonth.now(ZoneOffset.UTC).minusMonths(3).toString();
    String path = "/api/collaboratives/{c}/measures/{m}/run-chart";

    // Before a team is chosen: the pool and every team's signals, no team's points.
    Api.as(lead)
        .queryParam("baseline", 3)
        .queryParam("teamSeries", "none")
        .get(path, collaborative, id)
        .then()
        .statusCode(200)
        .body("teams", hasSize(0))
        .body("pooled.points", hasSize(9))
        .body("teamSignals", hasSize(2))
        .body("teamSignals.find { it.organizationId == '" + org + "' }.points", equalTo(9))
        .body("teamSignals.find { it.organizationId == '" + org + "' }.lastPeriod", equalTo(last))
        .body(
            "teamSignals.find { it.organizationId == '" + org + "' }.signals.kind",
            contains("SHIFT_ABOVE", "TREND_UP"))
        .body(
            "teamSignals.find { it.organizationId == '" + org + "' }.latestSignalPeriod",
            equalTo(last))
        .body(
            "teamSignals.find { it.organizationId == '" + otherOrg + "' }.lastPeriod",
            equalTo(seventh))
        .body("teamSignals.find { it.organizationId == '" + otherOrg + "' }.signals", hasSize(0))
        .body(
            "teamSignals.find { it.organizationId == '" + otherOrg + "' }",
            not(hasKey("latestSignalPeriod")));
    // A chosen team: its points alone.
    Api.as(lead)
        .queryParam("baseline", 3)
        .queryParam("team", otherOrg)
        .get(path, collaborative, id)
        .then()
        .statusCode(200)
        .body("teams.organizationId", contains(otherOrg))
        .body("teams[0].points", hasSize(7))
        .body("teamSignals", hasSize(2));
    // Several (a page of small multiples), repeated.
    Api.as(lead)
        .queryParam("team", org, otherOrg)
        .get(path, collaborative, id)
        .then()
        .statusCode(200)
        .body("teams", hasSize(2));
    // A member names their own team; another team, or an organisation that is no team, is not
    // found.
    Api.as(member)
        .queryParam("team", org)
        .get(path, collaborative, id)
        .then()
        .statusCode(200)
        .body("teams.organizationId", contains(org));
    Api.badInput(member.token())
        .queryParam("team", otherOrg)
        .get(path, collaborative, id)
        .then()
        .statusCode(404);
    Api.badInput(lead.token())
        .queryParam("team", Fixtures.organization(admin))
        .get(path, collaborative, id)
        .then()
        .statusCode(404);
    Api.badInput(lead.token())
        .queryParam("teamSeries", "some")
        .get(path, collaborative, id)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("teamSeries"));
    // A team's charts carry no summary.
    Api.as(lead)
        .get("/api/collaboratives/{c}/run-charts?organizationId=" + org, collaborative)
        .then()
        .statusCode(200)
        .body("items[0]", not(hasKey("teamSignals")));
  }

  String measure(String key, String type, int lockAfterDays) {
    return Api.as(lead)
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
        .statusCode(201)
        .extract()
        .path("id");
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

  io.restassured.response.ValidatableResponse upload(String token, Object rows, String query) {
    return Api.badInput(token)
        .body(rows)
        .post("/api/collaboratives/{id}/metric-imports" + query, collaborative)
        .then();
  }

  @Test
  void measuresAreDefinedByLeadFacultyWithUniqueKeys() {
    Api.as(lead)
        .get("/api/collaboratives/{id}/measures", collaborative)
        .then()
        .statusCode(200)
        .body("items.key", contains("screened", "treated", "wait-days"))
        .body("items[0].dueDay", equalTo(15))
        .body("items[0].periodType", equalTo("MONTHLY"));
    Api.as(member)
        .body(Map.of("key", "x", "name", "x", "type", "COUNT", "direction", "INCREASE"))
        .post("/api/collaboratives/{id}/measures", collaborative)
        .then()
        .statusCode(403);
    Api.as(lead)
        .body(Map.of("key", "treated", "name", "again", "type", "COUNT", "direction", "INCREASE"))
        .post("/api/collaboratives/{id}/measures", collaborative)
        .then()
        .statusCode(409);
    Api.badInput(lead)
        .body(
            Map.of(
                "key",
                "Bad Key",
                "name",
                "",
                "type",
                "COUNT",
                "direction",
                "INCREASE",
                "dueDay",
                31,
                "lockAfterDays",
                -1))
        .post("/api/collaboratives/{id}/measures", collaborative)
        .then()
        .statusCode(400)
        .body("violations.field", containsInAnyOrder("dueDay", "key", "lockAfterDays", "name"));
    Api.badInput(lead)
        .body(Map.of("key", "k", "name", "n", "type", "SUM", "direction", "INCREASE"))
        .post("/api/collaboratives/{id}/measures", collaborative)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("type"))
        .body("violations[0].message", equalTo("must be one of COUNT, PROPORTION, MEAN, RATE"));
    // a site's data system reads the measures it reports
    String client = "site-" + UUID.randomUUID().toString().substring(0, 8);
    Api.as(admin)
        .body(Map.of("clientId", client, "name", "EHR"))
        .post("/api/organizations/{id}/machine-clients", org)
        .then()
        .statusCode(201);
    Api.as(TestTokens.machine(client))
        .get("/api/collaboratives/{id}/measures", collaborative)
        .then()
        .statusCode(200)
        .body("total", equalTo(3));

    // the key and type are fixed once values exist
    String id =
        Api.as(lead)
            .get("/api/collaboratives/{id}/measures", collaborative)
            .then()
            .extract()
            .path("items.find { it.key == 'treated' }.id");
    Api.as(lead)
        .get("/api/collaboratives/{c}/measures/{m}", collaborative, id)
        .then()
        .body("valueCount", equalTo(0));
    upload(member.token(), List.of(row("treated", LAST_MONTH, "value", 12)), "").statusCode(200);
    upload(otherMember.token(), List.of(row("treated", LAST_MONTH, "value", 7)), "")
        .statusCode(200);
    Api.as(lead)
        .get("/api/collaboratives/{id}/measures", collaborative)
        .then()
        .body("items.find { it.key == 'treated' }.valueCount", equalTo(2))
        .body("items.find { it.key == 'screened' }.valueCount", equalTo(0));
    Api.as(lead)
        .header("If-Match", "\"0\"")
        .body(
            Map.of("key", "treated-2", "name", "Treated", "type", "COUNT", "direction", "INCREASE"))
        .put("/api/collaboratives/{c}/measures/{m}", collaborative, id)
        .then()
        .statusCode(409)
        .body(
            "detail",
            equalTo(
                "the key of measure treated cannot change: 2 values were reported under this key"
                    + " (uploads and exports name the measure by its key); every other field can"));
    Api.as(lead)
        .header("If-Match", "\"0\"")
        .body(Map.of("key", "treated", "name", "Treated", "type", "MEAN", "direction", "INCREASE"))
        .put("/api/collaboratives/{c}/measures/{m}", collaborative, id)
        .then()
        .statusCode(409)
        .body(
            "detail",
            equalTo(
                "the type of measure treated cannot change from COUNT: 2 values were reported"
                    + " under this key as COUNT values; every other field can"));
    Api.as(lead)
        .header("If-Match", "\"0\"")
        .body(
            Map.of(
                "key",
                "treated",
                "name",
                "Children treated",
                "type",
                "COUNT",
                "direction",
                "INCREASE",
                "target",
                20))
        .put("/api/collaboratives/{c}/measures/{m}", collaborative, id)
        .then()
        .statusCode(200)
        .body("name", equalTo("Children treated"))
        .body("target", equalTo(20.0f));
  }

  @Test
  void aProportionSaysWhatItsNumeratorAndDenominatorCount() {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("key", "engaged");
    body.put("name", "Families engaged");
    body.put("type", "PROPORTION");
    body.put("direction", "INCREASE");
    body.put("numerator", "families who attended a third session");
    body.put("denominator", "families who attended a first session");
    String id =
        Api.as(lead)
            .body(body)
            .post("/api/collaboratives/{id}/measures", collaborative)
            .then()
            .statusCode(201)
            .body("numerator", equalTo("families who attended a third session"))
            .body("denominator", equalTo("families who attended a first session"))
            .body("valueCount", equalTo(0))
            .extract()
            .path("id");
    // only a proportion has them
    body.put("type", "COUNT");
    Api.badInput(lead)
        .header("If-Match", "\"0\"")
        .body(body)
        .put("/api/collaboratives/{c}/measures/{m}", collaborative, id)
        .then()
        .statusCode(400)
        .body("violations.field", contains("numerator", "denominator"))
        .body("violations[0].message", equalTo("is only for a PROPORTION measure"));
    body.remove("numerator");
    body.remove("denominator");
    Api.as(lead)
        .header("If-Match", "\"0\"")
        .body(body)
        .put("/api/collaboratives/{c}/measures/{m}", collaborative, id)
        .then()
        .statusCode(200)
        .body("type", equalTo("COUNT"))
        .body("$", not(hasKey("numerator")));
  }

  @Test
  void uploadsCreateUpdateAndKeepEveryRevision() {
    var rows =
        List.of(
            row("treated", LAST_MONTH, "value", 12),
            row("screened", LAST_MONTH, "numerator", 30, "denominator", 40),
            row("wait-days", LAST_MONTH, "value", 12.5));
    upload(member.token(), rows, "")
        .statusCode(200)
        .contentType("application/json")
        .body("received", equalTo(3))
        .body("created", equalTo(3))
        .body("updated", equalTo(0))
        .body("unchanged", equalTo(0))
        .body("rejected", equalTo(0))
        .body("written", equalTo(true));
    Instant between = Instant.now();
    var again =
        List.of(
            row("treated", LAST_MONTH, "value", 14),
            row("screened", LAST_MONTH, "numerator", 30, "denominator", 40));
    upload(member.token(), again, "")
        .statusCode(200)
        .body("created", equalTo(0))
        .body("updated", equalTo(1))
        .body("unchanged", equalTo(1));

    Api.as(member)
        .queryParam("measureKey", "treated")
        .get("/api/collaboratives/{id}/metric-values", collaborative)
        .then()
        .statusCode(200)
        .body("items", hasSize(1))
        .body("items[0].value", equalTo(14.0f))
        .body("items[0].source", equalTo("WEB"));
    Api.as(member)
        .queryParam("measureKey", "screened")
        .get("/api/collaboratives/{id}/metric-values", collaborative)
        .then()
        .body("items[0].value", equalTo(0.75f))
        .body("items[0].numerator", equalTo(30.0f));
    // as of before the second upload, the first value
    Api.as(lead)
        .queryParam("measureKey", "treated")
        .queryParam("asOf", between.toString())
        .get("/api/collaboratives/{id}/metric-values", collaborative)
        .then()
        .body("items[0].value", equalTo(12.0f));
    assertThat(
            Db.count(
                "select count(*) from metric_value_revision r join measure m on m.id = r.measure_id "
                    + "where m.collaborative_id = '"
                    + collaborative
                    + "'"))
        .isEqualTo(4);
    // each team sees its own values only; faculty see all
    Api.as(otherMember)
        .get("/api/collaboratives/{id}/metric-values", collaborative)
        .then()
        .body("total", equalTo(0));
    Api.as(otherMember)
        .queryParam("organizationId", org)
        .get("/api/collaboratives/{id}/metric-values", collaborative)
        .then()
        .statusCode(404);
    Api.as(lead)
        .get("/api/collaboratives/{id}/metric-values", collaborative)
        .then()
        .body("total", equalTo(3));
  }

  @Test
  void anAtomicUploadWithBadRowsWritesNothingAndNamesEachRow() {
    var rows = new ArrayList<Map<String, Object>>();
    rows.add(row("treated", LAST_MONTH, "value", 3)); // 1 ok
    rows.add(row("treated", NEXT_MONTH, "value", 3)); // 2 future
    rows.add(row("treated", "2026-13", "value", 3)); // 3 malformed
    rows.add(row("treated", LAST_MONTH, "value", 4)); // 4 duplicate of 1
    rows.add(row("treated", THIS_MONTH, "value", 2.5)); // 5 not whole
    rows.add(row("treated", THIS_MONTH, "value", -1)); // wait: same key as 5
    rows.add(row("screened", LAST_MONTH, "numerator", 5, "denominator", 4)); // 7 num > den
    rows.add(row("screened", THIS_MONTH, "numerator", 0, "denominator", 0)); // 8 den 0
    rows.add(row("nope", LAST_MONTH, "value", 1)); // 9 unknown
    rows.add(row("wait-days", LAST_MONTH, "value", 1, "organizationId", otherOrg)); // 10 other org
    rows.add(row("wait-days", LAST_MONTH, "numerator", 1)); // 11 wrong type
    Map<String, String> before = Db.snapshot();
    upload(member.token(), rows, "")
        .statusCode(422)
        .body("written", equalTo(false))
        .body("received", equalTo(11))
        .body("rejected", equalTo(10))
        .body("created", equalTo(1))
        .body("rejections.row", contains(2, 3, 4, 5, 6, 7, 8, 9, 10, 11))
        .body(
            "rejections.code",
            contains(
                "FUTURE_PERIOD",
                "MALFORMED",
                "DUPLICATE",
                "WRONG_TYPE",
                "OUT_OF_RANGE",
                "OUT_OF_RANGE",
                "OUT_OF_RANGE",
                "UNKNOWN_MEASURE",
                "OTHER_ORGANIZATION",
                "WRONG_TYPE"))
        .body(
            "rejections.field",
            contains(
                "period",
                "period",
                "measureKey",
                "value",
                "value",
                "numerator",
                "denominator",
                "measureKey",
                "organizationId",
                "numerator"));
    assertThat(Db.snapshot()).isEqualTo(before);

    // partial: the valid rows land, the report is the same
    upload(member.token(), rows, "?mode=partial")
        .statusCode(200)
        .body("written", equalTo(true))
        .body("created", equalTo(1))
        .body("rejected", equalTo(10));
    Api.as(member)
        .get("/api/collaboratives/{id}/metric-values", collaborative)
        .then()
        .body("total", equalTo(1));
  }

  @Test
  void aDryRunWritesNothing() {
    Map<String, String> before = Db.snapshot();
    upload(member.token(), List.of(row("treated", LAST_MONTH, "value", 3)), "?dryRun=true")
        .statusCode(200)
        .body("dryRun", equalTo(true))
        .body("written", equalTo(false))
        .body("created", equalTo(1));
    assertThat(Db.snapshot()).isEqualTo(before);
  }

  @Test
  void csvWithAHeaderRow() {
    String csv =
        "measureKey,period,value,numerator,denominator\r\n"
            + "treated,"
            + LAST_MONTH
            + ",7,,\r\n"
            + "screened,"
            + LAST_MONTH
            + ",,\"9\",10\r\n"
            + "treated,"
            + THIS_MONTH
            + ",seven,,\r\n";
    Api.badInput(member)
        .contentType("text/csv")
        .body(csv)
        .post("/api/collaboratives/{id}/metric-imports?mode=partial", collaborative)
        .then()
        .statusCode(200)
        .body("created", equalTo(2))
        .body("rejected", equalTo(1))
        .body("rejections[0].row", equalTo(3))
        .body("rejections[0].field", equalTo("value"))
        .body("rejections[0].code", equalTo("WRONG_TYPE"));
    Api.as(member)
        .queryParam("measureKey", "treated")
        .get("/api/collaboratives/{id}/metric-values", collaborative)
        .then()
        .body("items[0].source", equalTo("CSV"))
        .body("items[0].value", equalTo(7.0f));
    Api.badInput(member)
        .contentType("text/csv")
        .body("measure,period\nx,2026-01\n")
        .post("/api/collaboratives/{id}/metric-imports", collaborative)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("unknown CSV column 'measure'"));
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyWritesNothingAgain() {
    String key = UUID.randomUUID().toString();
    var rows = List.of(row("treated", LAST_MONTH, "value", 3));
    String first =
        Api.badInput(member)
            .header("Idempotency-Key", key)
            .body(rows)
            .post("/api/collaboratives/{id}/metric-imports", collaborative)
            .then()
            .statusCode(200)
            .body("created", equalTo(1))
            .extract()
            .asString();
    long revisions = Db.count("select count(*) from metric_value_revision");
    Api.badInput(member)
        .header("Idempotency-Key", key)
        .body(rows)
        .post("/api/collaboratives/{id}/metric-imports", collaborative)
        .then()
        .statusCode(200)
        .header("Idempotent-Replay", "true")
        .body(equalTo(first));
    assertThat(Db.count("select count(*) from metric_value_revision")).isEqualTo(revisions);
    upload(member.token(), rows, "").body("unchanged", equalTo(1));
    Api.badInput(member)
        .header("Idempotency-Key", key)
        .body(List.of(row("treated", LAST_MONTH, "value", 4)))
        .post("/api/collaboratives/{id}/metric-imports", collaborative)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/idempotency-key-reused"));
  }

  @Test
  void lockedPeriodsNotEnrolledOrganisationsAndMachineClients() {
    measure("old-count", "COUNT", 0); // locks the day after the month ends
    String twoMonthsAgo = YearMonth.now(ZoneOffset.UTC).minusMonths(2).toString();
    upload(member.token(), List.of(row("old-count", twoMonthsAgo, "value", 1)), "")
        .statusCode(422)
        .body("rejections[0].code", equalTo("LOCKED_PERIOD"));

    String stranger = Fixtures.organization(admin);
    Person strangerMember = Fixtures.member(admin, stranger, "DATA_CONTACT");
    upload(strangerMember.token(), List.of(row("treated", LAST_MONTH, "value", 1)), "")
        .statusCode(422)
        .body("rejections[0].code", equalTo("NOT_ENROLLED"));

    String client = "site-" + UUID.randomUUID().toString().substring(0, 8);
    Api.as(admin)
        .body(Map.of("clientId", client, "name", "EHR"))
        .post("/api/organizations/{id}/machine-clients", org)
        .then()
        .statusCode(201);
    String machine = TestTokens.machine(client);
    upload(machine, List.of(row("treated", LAST_MONTH, "value", 5)), "")
        .statusCode(200)
        .body("created", equalTo(1));
    upload(machine, List.of(row("treated", LAST_MONTH, "value", 5, "organizationId", otherOrg)), "")
        .statusCode(422)
        .body("rejections[0].code", equalTo("OTHER_ORGANIZATION"));
    Api.as(machine)
        .queryParam("organizationId", otherOrg)
        .get("/api/collaboratives/{id}/metric-values", collaborative)
        .then()
        .statusCode(404);
    Api.as(machine)
        .get("/api/collaboratives/{id}/metric-values", collaborative)
        .then()
        .body("items[0].source", equalTo("API"));
    Api.as(TestTokens.machine("unregistered-" + UUID.randomUUID()))
        .get("/api/collaboratives/{id}/measures", collaborative)
        .then()
        .statusCode(404);
    // the data system of an organisation that is not enrolled writes nothing
    String strangerClient = "site-" + UUID.randomUUID().toString().substring(0, 8);
    Api.as(admin)
        .body(Map.of("clientId", strangerClient, "name", "EHR"))
        .post("/api/organizations/{id}/machine-clients", stranger)
        .then()
        .statusCode(201);
    upload(TestTokens.machine(strangerClient), List.of(row("treated", LAST_MONTH, "value", 5)), "")
        .statusCode(422)
        .body("rejections[0].code", equalTo("NOT_ENROLLED"))
        .body("written", equalTo(false));

    // the lead, as data coordinator, names the organisation on each row
    upload(lead.token(), List.of(row("treated", LAST_MONTH, "value", 9)), "")
        .statusCode(422)
        .body("rejections[0].field", equalTo("organizationId"))
        .body("rejections[0].code", equalTo("REQUIRED"));
    upload(
            lead.token(),
            List.of(row("treated", LAST_MONTH, "value", 9, "organizationId", otherOrg)),
            "")
        .statusCode(200)
        .body("created", equalTo(1));
    upload(
            Fixtures.signIn(Person.faculty()).token(),
            List.of(row("treated", LAST_MONTH, "value", 9)),
            "")
        .statusCode(403);
  }

  @Test
  void aClosedCollaborativesMeasuresValuesAndUnlocksAreReadOnlyForEveryone() {
    String client = "site-" + UUID.randomUUID().toString().substring(0, 8);
    Api.as(admin)
        .body(Map.of("clientId", client, "name", "EHR"))
        .post("/api/organizations/{id}/machine-clients", org)
        .then()
        .statusCode(201);
    String machine = TestTokens.machine(client);
    String key = UUID.randomUUID().toString();
    var rows = List.of(row("treated", LAST_MONTH, "value", 3));
    Api.badInput(member)
        .header("Idempotency-Key", key)
        .body(rows)
        .post("/api/collaboratives/{id}/metric-imports", collaborative)
        .then()
        .statusCode(200);
    String treated =
        Api.as(lead)
            .get("/api/collaboratives/{id}/measures", collaborative)
            .then()
            .extract()
            .path("items.find { it.key == 'treated' }.id");
    Person facultyNotLead = Fixtures.signIn(Person.faculty());
    Fixtures.advance(
        lead,
        collaborative,
        "APPLICATIONS_OPEN",
        "REVIEW",
        "PRE_WORK",
        "ACTIVE",
        "SUSTAINING",
        "CLOSED");
    Map<String, String> before = Db.snapshot();

    for (Person coordinator : List.of(lead, admin)) {
      Api.as(coordinator)
          .body(Map.of("key", "new", "name", "New", "type", "COUNT", "direction", "INCREASE"))
          .post("/api/collaboratives/{id}/measures", collaborative)
          .then()
          .statusCode(409)
          .contentType("application/problem+json")
          .body("detail", containsString("CLOSED"));
      Api.as(coordinator)
          .header("If-Match", "\"0\"")
          .body(
              Map.of("key", "treated", "name", "Treated", "type", "COUNT", "direction", "INCREASE"))
          .put("/api/collaboratives/{c}/measures/{m}", collaborative, treated)
          .then()
          .statusCode(409);
      Api.as(coordinator)
          .body(
              Map.of(
                  "organizationId",
                  org,
                  "period",
                  LAST_MONTH,
                  "until",
                  java.time.LocalDate.now(ZoneOffset.UTC).toString(),
                  "reason",
                  "Their EHR export failed"))
          .post("/api/collaboratives/{id}/period-unlocks", collaborative)
          .then()
          .statusCode(409);
      upload(
              coordinator.token(),
              List.of(row("treated", LAST_MONTH, "value", 4, "organizationId", org)),
              "")
          .statusCode(409);
    }
    // every uploader, a dry run, and a retry of an upload that was accepted before the
    // collaborative closed
    upload(member.token(), List.of(row("treated", LAST_MONTH, "value", 4)), "")
        .statusCode(409)
        .contentType("application/problem+json");
    upload(otherMember.token(), List.of(row("treated", LAST_MONTH, "value", 4)), "?mode=partial")
        .statusCode(409);
    upload(machine, List.of(row("treated", LAST_MONTH, "value", 4)), "?dryRun=true")
        .statusCode(409);
    Api.badInput(member)
        .header("Idempotency-Key", key)
        .body(rows)
        .post("/api/collaboratives/{id}/metric-imports", collaborative)
        .then()
        .statusCode(409);
    // someone who may not upload at all is told so
    upload(facultyNotLead.token(), rows, "").statusCode(403);
    assertThat(Db.snapshot()).isEqualTo(before);

    // reading goes on
    Api.as(member)
        .get("/api/collaboratives/{id}/metric-values", collaborative)
        .then()
        .statusCode(200)
        .body("total", equalTo(1));
    Api.as(machine)
        .get("/api/collaboratives/{id}/measures", collaborative)
        .then()
        .statusCode(200)
        .body("total", equalTo(3));
    Api.as(lead)
        .get("/api/collaboratives/{c}/measures/{m}/run-chart", collaborative, treated)
        .then()
        .statusCode(200)
        .body("teams", hasSize(1));
  }

  @Test
  void limits() {
    var rows = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < 1001; i++) {
      rows.add(row("treated", LAST_MONTH, "value", i));
    }
    upload(member.token(), rows, "")
        .statusCode(413)
        .contentType("application/problem+json")
        .body("detail", containsString("1000 rows"));
    String big =
        "["
            + "{\"measureKey\":\"treated\",\"period\":\"2020-01\",\"value\":1},".repeat(40000)
            + "{}]";
    Api.badInput(member)
        .body(big)
        .post("/api/collaboratives/{id}/metric-imports", collaborative)
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
    upload(member.token(), Map.of("rows", 1), "")
        .statusCode(400)
        .contentType("application/problem+json");
    upload(member.token(), List.of(row("treated", LAST_MONTH, "value", 1)), "?mode=sometimes")
        .statusCode(400);
  }

  /** Posts a raw upload body and answers how long it took, in milliseconds. */
  long timed(String contentType, String body, int status) {
    long start = System.nanoTime();
    var r =
        Api.badInput(member)
            .contentType(contentType)
            .body(body)
            .post("/api/collaboratives/{id}/metric-imports", collaborative)
            .then();
    long millis = (System.nanoTime() - start) / 1_000_000;
    // a refused document is a problem; refused rows are the import report, each row named
    r.statusCode(status)
        .contentType(status == 400 ? "application/problem+json" : "application/json");
    if (status == 422) {
      // out of range (a short huge number) or malformed (too long to read): the callers say which
      r.body("rejections[0].row", equalTo(1)).body("rejections[0].field", equalTo("value"));
    }
    return millis;
  }

  @Test
  void hostileNumbersAreRefusedInMillisecondsAndNothingIsStored() {
    var before = Db.snapshot();
    String prefix = "[{\"measureKey\":\"wait-days\",\"period\":\"" + LAST_MONTH + "\",\"value\":";
    // a huge exponent is short as written: the row is refused (out of range) without expanding it
    long exponent = timed("application/json", prefix + "1e999999999}]", 422);
    Api.badInput(member)
        .body(prefix + "1e999999999}]")
        .post("/api/collaboratives/{id}/metric-imports", collaborative)
        .then()
        .body("rejections[0].row", equalTo(1))
        .body("rejections[0].field", equalTo("value"))
        .body("rejections[0].code", equalTo("OUT_OF_RANGE"));
    // thousands of digits: the row is refused for its length (at most 32 characters a number),
    // kept as written and never parsed
    long digits = timed("application/json", prefix + "9".repeat(5000) + "}]", 422);
    long fraction = timed("application/json", prefix + "0." + "1".repeat(5000) + "}]", 422);
    Api.badInput(member)
        .body(prefix + "9".repeat(5000) + "}]")
        .post("/api/collaboratives/{id}/metric-imports", collaborative)
        .then()
        .body("rejections[0].row", equalTo(1))
        .body("rejections[0].field", equalTo("value"))
        .body("rejections[0].message", equalTo("has 5000 characters; a number takes at most 32"));
    // the same in CSV cells
    String header = "measureKey,period,value\r\n";
    long csvExponent =
        timed("text/csv", header + "wait-days," + LAST_MONTH + ",1e999999999\r\n", 422);
    long csvDigits =
        timed(
            "text/csv", header + "wait-days," + LAST_MONTH + "," + "9".repeat(5000) + "\r\n", 422);
    Api.badInput(member)
        .contentType("text/csv")
        .body(header + "wait-days," + LAST_MONTH + ",1e999999999\r\n")
        .post("/api/collaboratives/{id}/metric-imports", collaborative)
        .then()
        .body("rejections[0].code", equalTo("OUT_OF_RANGE"));
    assertThat(List.of(exponent, digits, fraction, csvExponent, csvDigits))
        .as("each refused in milliseconds")
        .allMatch(ms -> ms < 1000);
    assertThat(Db.snapshot()).as("nothing stored").isEqualTo(before);

    // range and precision, per field and row
    upload(
            member.token(),
            List.of(
                row("wait-days", LAST_MONTH, "value", new java.math.BigDecimal("1000000000.5")),
                row("wait-days", THIS_MONTH, "value", new java.math.BigDecimal("0.1234567")),
                row("treated", LAST_MONTH, "value", -1),
                row("screened", LAST_MONTH, "numerator", 1, "denominator", 1e10)),
            "")
        .statusCode(422)
        .body("rejections.row", contains(1, 2, 3, 4))
        .body("rejections.field", contains("value", "value", "value", "denominator"))
        .body(
            "rejections.code",
            contains("OUT_OF_RANGE", "OUT_OF_RANGE", "OUT_OF_RANGE", "OUT_OF_RANGE"))
        .body("rejections[1].message", containsString("6 decimal places"));

    // the bounds themselves are accepted, and a MEAN reads back as the number it is
    upload(
            member.token(),
            List.of(
                row("wait-days", LAST_MONTH, "value", new java.math.BigDecimal("1000000000")),
                row(
                    "wait-days",
                    THIS_MONTH,
                    "value",
                    new java.math.BigDecimal("-999999999.999999")),
                row("treated", LAST_MONTH, "value", 1000000000)),
            "")
        .statusCode(200)
        .body("created", equalTo(3));
    String values =
        Api.as(member)
            .queryParam("measureKey", "wait-days")
            .queryParam("asOf", Instant.now().toString())
            .get("/api/collaboratives/{id}/metric-values", collaborative)
            .then()
            .statusCode(200)
            .body("items.value", containsInAnyOrder(1.0e9f, -999999999.999999f))
            .extract()
            .asString();
    assertThat(values).doesNotContain("Infinity").doesNotContain("NaN");
    String export =
        Api.as(member)
            .accept("text/csv")
            .get("/api/collaboratives/{c}/metric-values/export", collaborative)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(export).contains("1000000000").doesNotContain("Infinity");

    // a measure's target is a metric number too; 1e999 is not read as Infinity
    for (Object target : List.of(1e10, 0.1234567)) {
      Api.badInput(lead)
          .body(
              Map.of(
                  "key", "t" + target.hashCode(),
                  "name", "Target",
                  "type", "MEAN",
                  "direction", "INCREASE",
                  "target", target))
          .post("/api/collaboratives/{id}/measures", collaborative)
          .then()
          .statusCode(400)
          .body("violations[0].field", equalTo("target"));
    }
    Api.badInput(lead)
        .body(
            "{\"key\":\"inf\",\"name\":\"Target\",\"type\":\"MEAN\","
                + "\"direction\":\"INCREASE\",\"target\":1e999}")
        .post("/api/collaboratives/{id}/measures", collaborative)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("target"))
        .body("violations[0].message", equalTo("is out of range"));
  }

  @Test
  void aRequestRacingAnotherWithTheSameIdempotencyKeyIsToldToRetry() throws Exception {
    String key = UUID.randomUUID().toString();
    long values = Db.count("select count(*) from metric_value");
    javax.sql.DataSource ds =
        io.quarkus.arc.Arc.container().instance(javax.sql.DataSource.class).get();
    try (java.sql.Connection first = ds.getConnection()) {
      // the "first request": its record of the key is written but not yet committed
      first.setAutoCommit(false);
      try (var st =
          first.prepareStatement(
              "insert into idempotency_record (scope, key, request_hash, status, body, created_at)"
                  + " values (?, ?, 'first', 200, '{}', now())")) {
        st.setString(1, member.subject() + "|" + collaborative);
        st.setString(2, key);
        st.executeUpdate();
      }
      var second =
          java.util.concurrent.CompletableFuture.supplyAsync(
              () ->
                  Api.badInput(member)
                      .header("Idempotency-Key", key)
                      .body(List.of(row("treated", LAST_MONTH, "value", 3)))
                      .post("/api/collaboratives/{id}/metric-imports", collaborative)
                      .then()
                      .extract()
                      .response());
      // the second request waits on the first one's key, then loses when it commits
      Thread.sleep(1500);
      assertThat(second).isNotDone();
      first.commit();
      var answer = second.get(30, java.util.concurrent.TimeUnit.SECONDS);
      assertThat(answer.statusCode()).isEqualTo(409);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.header("Retry-After")).isEqualTo("1");
      assertThat(answer.jsonPath().getString("type"))
          .isEqualTo("/problems/idempotency-in-progress");
    } finally {
      Db.execute("delete from idempotency_record where key = '" + key + "'");
    }
    assertThat(Db.count("select count(*) from metric_value"))
        .as("nothing written")
        .isEqualTo(values);
  }
}
