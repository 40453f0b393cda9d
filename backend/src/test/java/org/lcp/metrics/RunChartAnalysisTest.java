package org.lcp.metrics;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;

/**
 * The analysis of the run-chart endpoints: honest pooling (n of N, incomplete months, a count as
 * the mean per reporting team), the chart types, baselines and phases, and the parameters' errors.
 */
@QuarkusTest
class RunChartAnalysisTest {

  static final YearMonth NOW = YearMonth.now(ZoneOffset.UTC);
  static final String CHART = "/api/collaboratives/{c}/measures/{m}/run-chart";

  final Person admin = Person.admin();
  Person lead;
  String collaborative;
  String alder;
  String birch;
  String lakeside;
  Person member;

  @BeforeEach
  void setUp() {
    lead = Fixtures.signIn(Person.faculty());
    collaborative = Fixtures.collaborative(lead);
    Fixtures.advance(lead, collaborative, "ANNOUNCED");
    alder = team();
    birch = team();
    lakeside = team();
    member = Fixtures.member(admin, alder, "DATA_CONTACT");
  }

  /**
   * The bug of issue 15: when Lakeside stopped reporting, the pooled count of "families in CPP
   * treatment" fell from 63 to 44 and the chart flagged a signal. Now the months two of three teams
   * reported are incomplete (2/3 &lt; 0.75), shown but out of the rules, and a count is pooled per
   * reporting team: no signal.
   */
  @Test
  void aTeamThatStopsReportingMakesNoSignalInThePool() {
    String m = measure("families", "COUNT");
    for (int i = 12; i >= 1; i--) {
      value(m, alder, i, 25);
      value(m, birch, i, 19);
      if (i > 6) {
        value(m, lakeside, i, 19); // Lakeside stops reporting for the last six months
      }
    }
    var pooled =
        Api.as(lead)
            .queryParam("chart", "run")
            .get(CHART, collaborative, m)
            .then()
            .statusCode(200)
            .body("pooling.method", equalTo("MEAN_PER_REPORTING_TEAM"))
            .body("pooling.enrolledTeams", equalTo(3))
            .body("pooling.minShare", equalTo(0.75f))
            .body("pooled.points", hasSize(12))
            .body("pooled.points[0].value", equalTo(21.0f))
            .body("pooled.points[0].teams", equalTo(3))
            .body("pooled.points[0].incomplete", equalTo(false))
            .body("pooled.points[11].teams", equalTo(2))
            .body("pooled.points[11].enrolledTeams", equalTo(3))
            .body("pooled.points[11].incomplete", equalTo(true))
            .body("pooled.points[11].value", equalTo(22.0f))
            .body("pooled.median", equalTo(21.0f))
            .body("pooled.signals", hasSize(0))
            .body("pooled.specialCauses", hasSize(0))
            .body("pooled.points.findAll { it.rules }", hasSize(0));
    // a lower share pools the months of two teams too
    Api.as(lead)
        .queryParam("chart", "run")
        .queryParam("minShare", 0.5)
        .get(CHART, collaborative, m)
        .then()
        .statusCode(200)
        .body("pooling.minShare", equalTo(0.5f))
        .body("pooled.points.incomplete", everyItem(equalTo(false)));
    pooled.body("pooled.signals.kind", not(hasItem("TREND_UP")));
  }

  /**
   * The other answer of issue 15 to the same bug: a fixed cohort. Only Alder and Birch reported
   * every month, so the pool is theirs alone in every month (22 each month, no month incomplete, no
   * signal); Lakeside's six months move nothing.
   */
  @Test
  void aFixedCohortPoolsOnlyTheTeamsThatReportedEveryMonth() {
    String m = measure("cohort", "COUNT");
    for (int i = 12; i >= 1; i--) {
      value(m, alder, i, 25);
      value(m, birch, i, 19);
      if (i > 6) {
        value(m, lakeside, i, 40);
      }
    }
    Api.as(lead)
        .queryParam("chart", "run")
        .queryParam("cohort", "complete")
        .get(CHART, collaborative, m)
        .then()
        .statusCode(200)
        .body("pooling.cohort", equalTo("complete"))
        .body("pooling.cohortTeams", equalTo(2))
        .body("pooling.enrolledTeams", equalTo(3))
        .body("pooled.points", hasSize(12))
        .body("pooled.points.value", everyItem(equalTo(22.0f)))
        .body("pooled.points.teams", everyItem(equalTo(2)))
        .body("pooled.points.incomplete", everyItem(equalTo(false)))
        .body("pooled.signals", hasSize(0))
        .body("pooled.specialCauses", hasSize(0));
    // by the teams that reported each month, Lakeside's 40s raise the first six months
    Api.as(lead)
        .queryParam("chart", "run")
        .get(CHART, collaborative, m)
        .then()
        .statusCode(200)
        .body("pooling.cohort", equalTo("reporting"))
        .body("pooling", not(hasKey("cohortTeams")))
        .body("pooled.points[0].value", equalTo(28.0f));
    // a cohort nobody completes: no pooled series, and the pooling says so
    value(m, lakeside, 13, 40);
    value(m, lakeside, 1, 40);
    Api.as(lead)
        .queryParam("cohort", "complete")
        .get(CHART, collaborative, m)
        .then()
        .statusCode(200)
        .body("pooling.cohortTeams", equalTo(0))
        .body("$", not(hasKey("pooled")));
    Api.badInput(lead.token())
        .queryParam("cohort", "fixed")
        .get(CHART, collaborative, m)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("cohort"));
  }

  /**
   * NIST/SEMATECH e-Handbook §6.3.3.2's wafer data (30 wafers of 50 chips) as one team's monthly
   * proportion: the default chart of a proportion is a p-chart, p̄ .2313, UCL .4102, LCL .0524;
   * wafers 15 and 23 above it.
   */
  @Test
  void aProportionGetsAPChartWithLimitsAndSignalsPerPoint() {
    String m = measure("screened", "PROPORTION");
    int[] defective = {
      12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12,
      7, 13, 9, 6
    };
    for (int i = 0; i < 30; i++) {
      proportion(m, alder, 30 - i, defective[i], 50);
    }
    var team = "teams.find { it.organizationId == '" + alder + "' }";
    // the handbook's limits are from all 30 wafers: an extended baseline (frozen takes the first
    // 12)
    Api.as(member)
        .queryParam("baselineMode", "extended")
        .get(CHART, collaborative, m)
        .then()
        .statusCode(200)
        .body("chart", equalTo("p"))
        .body(team + ".points[0].centre", closeTo(0.2313))
        .body(team + ".points[0].upperLimit", closeTo(0.4102))
        .body(team + ".points[0].lowerLimit", closeTo(0.0524))
        .body(team + ".points[14].rules", contains("OUTSIDE_LIMITS"))
        .body(
            team + ".specialCauses.findAll { it.rule == 'OUTSIDE_LIMITS' }.periods.flatten()",
            contains(month(16), month(8)))
        .body(team + ".phases", hasSize(1));
    // Laney p′ on request; a run chart has the four rules and no limits
    Api.as(member)
        .queryParam("chart", "laney-p")
        .get(CHART, collaborative, m)
        .then()
        .statusCode(200)
        .body("chart", equalTo("laney-p"))
        .body(team + ".phases[0].sigmaZ", not(nullValue()));
    Api.as(member)
        .queryParam("chart", "run")
        .queryParam("baselineMode", "extended")
        .get(CHART, collaborative, m)
        .then()
        .statusCode(200)
        .body("baselineMode", equalTo("extended"))
        .body(team + ".runs.useful", not(nullValue()))
        .body(team + ".points[0]", not(org.hamcrest.Matchers.hasKey("upperLimit")));
  }

  /** Counts get an individuals chart; a documented change starts a phase with its own limits. */
  @Test
  void phasesRecalculateTheLimitsAfterAChange() {
    String m = measure("treated", "COUNT");
    double[] before = {10, 12, 11, 13, 10, 12, 11, 13};
    double[] after = {20, 22, 21, 23, 20, 22, 21, 23};
    for (int i = 0; i < 8; i++) {
      value(m, alder, 16 - i, before[i]);
      value(m, alder, 8 - i, after[i]);
    }
    String change = month(8);
    var team = "teams[0]";
    Api.as(member)
        .queryParam("phases", change)
        .get(CHART, collaborative, m)
        .then()
        .statusCode(200)
        .body("chart", equalTo("xmr"))
        .body("phases", contains(change))
        .body(team + ".phases", hasSize(2))
        .body(team + ".phases[0].centre", equalTo(11.5f))
        .body(team + ".phases[1].fromPeriod", equalTo(change))
        .body(team + ".phases[1].centre", equalTo(21.5f))
        .body(team + ".points[8].centre", equalTo(21.5f))
        .body(team + ".points[8]", not(org.hamcrest.Matchers.hasKey("movingRange")));
    // one phase: the second half is 8 in a row above the mean
    Api.as(member)
        .get(CHART, collaborative, m)
        .then()
        .statusCode(200)
        .body(team + ".specialCauses.rule", hasItem("EIGHT_ON_ONE_SIDE"));
    // on the team page a chart that fits no count falls back to the measure's default
    Api.as(member)
        .queryParam("organizationId", alder)
        .queryParam("chart", "p")
        .get("/api/collaboratives/{c}/run-charts", collaborative)
        .then()
        .statusCode(200)
        .body("items[0].chart", equalTo("xmr"));
  }

  @Test
  void badParametersAreNamedAndAccessIsChecked() {
    String m = measure("treated", "COUNT");
    value(m, alder, 1, 3);
    Map<String, Object> bad =
        Map.of(
            "chart", "pie",
            "baselineMode", "sometimes",
            "phases", "2025-13",
            "minShare", 2);
    bad.forEach(
        (name, value) ->
            Api.badInput(lead)
                .queryParam(name, value)
                .get(CHART, collaborative, m)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo(name)));
    Api.badInput(lead)
        .queryParam("chart", "p")
        .get(CHART, collaborative, m)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("chart"));
    Api.badInput(lead)
        .queryParam("organizationId", alder)
        .queryParam("phases", "March")
        .get("/api/collaboratives/{c}/run-charts", collaborative)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("phases"));
    Api.anonymous().get(CHART, collaborative, m).then().statusCode(401);
    // another collaborative's measure, another organisation's team page
    String other = Fixtures.collaborative(lead);
    Api.as(lead)
        .queryParam("chart", "xmr")
        .get(CHART, other, m)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    Api.as(member)
        .queryParam("organizationId", birch)
        .queryParam("chart", "xmr")
        .get("/api/collaboratives/{c}/run-charts", collaborative)
        .then()
        .statusCode(404);
    // a member sees their own team, without the pool or how it was pooled
    Api.as(member)
        .queryParam("chart", "xmr")
        .get(CHART, collaborative, m)
        .then()
        .statusCode(200)
        .body("teams.organizationId", contains(alder))
        .body("$", not(org.hamcrest.Matchers.hasKey("pooling")));
  }

  /** Within 0.00005 of a figure printed to four decimals (the JSON number reads as a float). */
  static org.hamcrest.Matcher<Float> closeTo(double expected) {
    return org.hamcrest.Matchers.allOf(
        org.hamcrest.Matchers.greaterThan((float) (expected - 0.00005)),
        org.hamcrest.Matchers.lessThan((float) (expected + 0.00005)));
  }

  static String month(int monthsAgo) {
    return NOW.minusMonths(monthsAgo).toString();
  }

  String team() {
    String org = Fixtures.organization(admin);
    Db.execute(
        "insert into team (id, collaborative_id, organization_id, enrolled_at) values ('"
            + UUID.randomUUID()
            + "', '"
            + collaborative
            + "', '"
            + org
            + "', now())");
    return org;
  }

  String measure(String key, String type) {
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
                3650))
        .post("/api/collaboratives/{id}/measures", collaborative)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  void value(String measure, String org, int monthsAgo, double value) {
    insert(measure, org, monthsAgo, Double.toString(value), "null", "null");
  }

  void proportion(String measure, String org, int monthsAgo, int numerator, int denominator) {
    insert(
        measure,
        org,
        monthsAgo,
        Double.toString((double) numerator / denominator),
        Integer.toString(numerator),
        Integer.toString(denominator));
  }

  void insert(String measure, String org, int monthsAgo, String value, String num, String den) {
    Db.execute(
        "insert into metric_value (measure_id, organization_id, period, value, numerator, "
            + "denominator, source, updated_by, updated_at) values ('"
            + measure
            + "', '"
            + org
            + "', '"
            + NOW.minusMonths(monthsAgo).atDay(1)
            + "', "
            + value
            + ", "
            + num
            + ", "
            + den
            + ", 'API', 'test', now())");
  }
}
