package org.lcp.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lcp.metrics.MetricsETagTest.COMPLETENESS;
import static org.lcp.metrics.MetricsETagTest.LAST_MONTH;
import static org.lcp.metrics.MetricsETagTest.RUN_CHART;
import static org.lcp.metrics.MetricsETagTest.enrol;
import static org.lcp.metrics.MetricsETagTest.fetch;
import static org.lcp.metrics.MetricsETagTest.measure;
import static org.lcp.metrics.MetricsETagTest.row;
import static org.lcp.metrics.MetricsETagTest.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lcp.common.web.RepresentationCache;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;
import org.lcp.support.Statements;

/**
 * The heavy reads' answers kept by their ETag (org.lcp.common.web.RepresentationCache): a kept
 * answer is byte for byte the one computed, a change to the data is seen by the next read (through
 * the API or straight in the database), each caller has their own copies, and a kept answer costs
 * fewer statements than a computed one.
 */
@QuarkusTest
class ReadCacheTest {

  @Inject RepresentationCache cache;
  @Inject SessionFactory sessions;

  final Person admin = Person.admin();
  Person lead;
  Person member;
  String collaborative;
  String org;
  String treated;

  @BeforeEach
  void setUp() {
    lead = Fixtures.signIn(Person.faculty());
    collaborative = Fixtures.collaborative(lead);
    org = Fixtures.organization(admin);
    member = Fixtures.member(admin, org, "DATA_CONTACT");
    enrol(collaborative, org);
    Fixtures.advance(lead, collaborative, "ANNOUNCED");
    treated = measure(lead, collaborative, "treated");
  }

  ExtractableResponse<Response> read(Person p, String path, Object... params) {
    return fetch(p, null, path, params);
  }

  long hits() {
    return cache.stats().hits();
  }

  long misses() {
    return cache.stats().misses();
  }

  @Test
  void aKeptAnswerIsTheComputedOneAndTheNextReadSeesEveryChange() {
    ExtractableResponse<Response> first = read(lead, COMPLETENESS, collaborative);
    long hits = hits();
    ExtractableResponse<Response> kept = read(lead, COMPLETENESS, collaborative);
    assertThat(hits()).as("the second read is answered from the cache").isEqualTo(hits + 1);
    assertThat(kept.header("ETag")).isEqualTo(first.header("ETag"));
    assertThat(kept.asString()).isEqualTo(first.asString());
    assertThat(kept.contentType()).startsWith("application/json");
    // computed again from nothing: the same bytes
    cache.clear();
    assertThat(read(lead, COMPLETENESS, collaborative).asString()).isEqualTo(first.asString());
    assertThat(first.<Integer>path("teams[0].reported")).isZero();

    // a value arrives: the next read computes the new answer
    read(lead, RUN_CHART, collaborative, treated);
    upload(member, collaborative, List.of(row(LAST_MONTH, 3)));
    ExtractableResponse<Response> after = read(lead, COMPLETENESS, collaborative);
    assertThat(after.header("ETag")).isNotEqualTo(first.header("ETag"));
    assertThat(after.<Integer>path("teams[0].reported") + after.<Integer>path("teams[0].late"))
        .isEqualTo(1);
    assertThat(chartValues()).containsExactly(3.0);
    // a correction
    upload(member, collaborative, List.of(row(LAST_MONTH, 4)));
    assertThat(chartValues()).containsExactly(4.0);

    // a change made straight in the database (another replica's, a migration's) is seen too
    Db.execute("update organization set name = 'Renamed by SQL' where id = '" + org + "'");
    assertThat(read(lead, COMPLETENESS, collaborative).<String>path("teams[0].organizationName"))
        .isEqualTo("Renamed by SQL");
  }

  List<Double> chartValues() {
    List<Number> values =
        read(lead, RUN_CHART + "?team={o}", collaborative, treated, org)
            .path("teams[0].points.value");
    return values.stream().map(Number::doubleValue).toList();
  }

  @Test
  void eachCallerHasTheirOwnCopyEvenUnderTheSameETag() {
    ExtractableResponse<Response> leads = read(lead, COMPLETENESS, collaborative);
    long misses = misses();
    ExtractableResponse<Response> admins = read(admin, COMPLETENESS, collaborative);
    // the admin sees what the lead sees (one ETag) but is not served the lead's copy
    assertThat(admins.header("ETag")).isEqualTo(leads.header("ETag"));
    assertThat(misses()).isEqualTo(misses + 1);
    assertThat(admins.asString()).isEqualTo(leads.asString());
    // the member: another scope, another ETag, another answer
    ExtractableResponse<Response> members = read(member, COMPLETENESS, collaborative);
    assertThat(members.header("ETag")).isNotEqualTo(leads.header("ETag"));
  }

  @Test
  void aKeptAnswerTakesFewerStatementsThanAComputedOne() {
    upload(member, collaborative, List.of(row(LAST_MONTH, 3)));
    String c = "/api/collaboratives/" + collaborative;
    for (String path :
        List.of(
            c + "/metric-completeness",
            c + "/overdue-metrics",
            c + "/run-charts?organizationId=" + org,
            c + "/measures/" + treated + "/run-chart",
            c + "/attendance-report")) {
      Runnable get = () -> Api.as(lead).get(path).then().statusCode(200);
      long computed = Statements.computed(sessions, cache, get);
      long kept = Statements.of(sessions, get);
      assertThat(kept).as(path).isLessThan(computed);
    }
  }

  @Test
  void theAttendanceReportAndTheCalendarFeedAreKeptToo() {
    String report = "/api/collaboratives/{id}/attendance-report";
    ExtractableResponse<Response> first = read(lead, report, collaborative);
    long hits = hits();
    assertThat(read(lead, report, collaborative).asString()).isEqualTo(first.asString());
    assertThat(hits()).isEqualTo(hits + 1);

    String feed =
        URI.create(
                Api.as(lead)
                    .post("/api/me/calendar-feed")
                    .then()
                    .statusCode(200)
                    .extract()
                    .<String>path("scheduleUrl"))
            .getPath();
    String ics = Api.open().get(feed).then().statusCode(200).extract().asString();
    long feedHits = hits();
    ExtractableResponse<Response> again = Api.open().get(feed).then().statusCode(200).extract();
    assertThat(hits()).isEqualTo(feedHits + 1);
    assertThat(again.asString()).isEqualTo(ics).contains("BEGIN:VCALENDAR");
    assertThat(again.contentType()).startsWith("text/calendar");
    assertThat(again.header("Cache-Control")).isEqualTo("private, max-age=300");
  }
}
