package org.lcp.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.lcp.common.web.RepresentationCache;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;
import org.lcp.support.Statements;

/**
 * The heavy metric reads take a fixed number of SQL statements whatever the size of the
 * collaborative: counted with Hibernate's statistics for two teams with a year of values, then for
 * six teams with three years, more measures and an unlock. A read whose count grows (a statement
 * per team, measure or month) fails here.
 */
@QuarkusTest
class MetricReadStatementsTest {

  static final YearMonth NOW = YearMonth.from(LocalDate.now(ZoneOffset.UTC));

  @Inject SessionFactory sessions;
  @Inject RepresentationCache cache;

  final Person admin = Person.admin();
  Person lead;
  Person member;
  String collaborative;
  String firstOrg;
  String firstMeasure;

  @Test
  void everyHeavyReadTakesAsManyStatementsForABigCollaborativeAsForASmallOne() {
    lead = Fixtures.signIn(Person.faculty());
    collaborative = Fixtures.collaborative(lead);
    Fixtures.advance(lead, collaborative, "ANNOUNCED");
    firstOrg = team();
    member = Fixtures.member(admin, firstOrg, "DATA_CONTACT");
    team();
    firstMeasure = measure("m1");
    measure("m2");
    values(12);

    Map<String, Long> small = counts();
    assertThat(small.values()).as("statements counted").allMatch(n -> n > 0);

    for (int i = 0; i < 4; i++) {
      team();
    }
    measure("m3");
    measure("m4");
    values(36);
    Db.execute(
        "insert into period_unlock (collaborative_id, organization_id, period, until, reason, "
            + "unlocked_by, unlocked_at) values ('"
            + collaborative
            + "', '"
            + firstOrg
            + "', '"
            + NOW.minusMonths(20).atDay(1)
            + "', current_date + 5, 'Late data', 'Lead', now())");
    notes(); // the teams' annotations and PDSA cycles shown on the run charts
    Map<String, Long> big = counts();

    assertThat(big).as("statements per read, 6 teams x 4 measures x 36 months").isEqualTo(small);
  }

  /** The statements of each read, as the role that uses it. */
  Map<String, Long> counts() {
    String c = "/api/collaboratives/" + collaborative;
    Map<String, Supplier<Long>> reads = new LinkedHashMap<>();
    reads.put("completeness", () -> count(lead, c + "/metric-completeness?from=" + from()));
    reads.put(
        "completeness of overdue teams",
        () -> count(lead, c + "/metric-completeness?overdueOnly=true&measureKey=m1"));
    reads.put("overdue", () -> count(lead, c + "/overdue-metrics"));
    reads.put("a team's completeness", () -> count(member, c + "/metric-completeness"));
    reads.put(
        "a team's run charts", () -> count(member, c + "/run-charts?organizationId=" + firstOrg));
    reads.put(
        "a team's run charts as faculty",
        () -> count(lead, c + "/run-charts?organizationId=" + firstOrg));
    reads.put(
        "pooled run chart", () -> count(lead, c + "/measures/" + firstMeasure + "/run-chart"));
    reads.put(
        "a measure's chart before a team is chosen",
        () -> count(lead, c + "/measures/" + firstMeasure + "/run-chart?teamSeries=none"));
    reads.put(
        "a measure's chart of a chosen team",
        () -> count(lead, c + "/measures/" + firstMeasure + "/run-chart?team=" + firstOrg));
    reads.put("a page of values", () -> count(lead, c + "/metric-values?size=5"));
    reads.put("export", () -> count(lead, c + "/metric-values/export"));
    Map<String, Long> out = new LinkedHashMap<>();
    reads.forEach((name, read) -> out.put(name, read.get()));
    return out;
  }

  long count(Person who, String path) {
    return Statements.computed(sessions, cache, () -> Api.as(who).get(path).then().statusCode(200));
  }

  static String from() {
    return NOW.minusMonths(35).toString();
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

  String measure(String key) {
    return Api.as(lead)
        .body(
            Map.of(
                "key",
                key,
                "name",
                "Measure " + key,
                "type",
                "COUNT",
                "direction",
                "INCREASE",
                "lockAfterDays",
                40))
        .post("/api/collaboratives/{id}/measures", collaborative)
        .then()
        .statusCode(201)
        .body("key", equalTo(key))
        .extract()
        .path("id");
  }

  /**
   * Each team records a change idea aimed at every measure with a cycle every three months, and an
   * annotation on every measure every other month (org.lcp.improvement's tables, written here as
   * MetricReadStatementsTest arranges everything: with SQL).
   */
  void notes() {
    Db.execute(
        "insert into change_idea (id, collaborative_id, organization_id, title, status, measure_ids,"
            + " created_by_name, created_at, updated_at) select gen_random_uuid(), t.collaborative_id,"
            + " t.organization_id, 'Idea', 'TESTING', array(select m.id from measure m where"
            + " m.collaborative_id = t.collaborative_id), 'test', now(), now() from team t where"
            + " t.collaborative_id = '"
            + collaborative
            + "'");
    Db.execute(
        "insert into pdsa_cycle (id, change_idea_id, title, start_date, created_by_name, created_at,"
            + " updated_at) select gen_random_uuid(), i.id, 'Cycle', p, 'test', now(), now() from"
            + " change_idea i cross join generate_series(date '"
            + NOW.minusMonths(35).atDay(1)
            + "', date '"
            + NOW.atDay(1)
            + "', interval '3 months') p where i.collaborative_id = '"
            + collaborative
            + "'");
    Db.execute(
        "insert into chart_annotation (id, collaborative_id, organization_id, measure_id, period,"
            + " kind, text, created_by_name, created_at, updated_at) select gen_random_uuid(),"
            + " t.collaborative_id, t.organization_id, m.id, p, 'NOTE', 'Note', 'test', now(), now()"
            + " from team t join measure m on m.collaborative_id = t.collaborative_id cross join"
            + " generate_series(date '"
            + NOW.minusMonths(35).atDay(1)
            + "', date '"
            + NOW.atDay(1)
            + "', interval '2 months') p where t.collaborative_id = '"
            + collaborative
            + "'");
  }

  /** Every team reports every measure for the last {@code months} months, but the last two. */
  void values(int months) {
    Db.execute(
        "insert into metric_value (measure_id, organization_id, period, value, source, updated_by, "
            + "updated_at) select m.id, t.organization_id, p, 7, 'API', 'test', now() from measure m "
            + "join team t on t.collaborative_id = m.collaborative_id cross join generate_series("
            + "date '"
            + NOW.minusMonths(months - 1).atDay(1)
            + "', date '"
            + NOW.minusMonths(2).atDay(1)
            + "', interval '1 month') p where m.collaborative_id = '"
            + collaborative
            + "' on conflict do nothing");
  }
}
