package org.lcp.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
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
 * Conditional GETs of completeness, overdue values and run charts: an ETag on the answer, 304 for a
 * copy that is still current, a new ETag exactly when the data shown changes (and not for a change
 * elsewhere), per caller's scope, and access decided before any 304.
 */
@QuarkusTest
class MetricsETagTest {

  static final String LAST_MONTH = YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();
  static final String COMPLETENESS = "/api/collaboratives/{id}/metric-completeness";
  static final String OVERDUE = "/api/collaboratives/{id}/overdue-metrics";
  static final String RUN_CHART = "/api/collaboratives/{id}/measures/{m}/run-chart";
  static final String TEAM_CHARTS = "/api/collaboratives/{id}/run-charts?organizationId={o}";

  final Person admin = Person.admin();
  Person lead;
  String collaborative;
  String org;
  Person member;
  Person outsider;
  String treated;

  String elsewhere;
  Person elsewhereLead;
  Person elsewhereMember;

  @BeforeEach
  void setUp() {
    lead = Fixtures.signIn(Person.faculty());
    collaborative = Fixtures.collaborative(lead);
    org = Fixtures.organization(admin);
    member = Fixtures.member(admin, org, "DATA_CONTACT");
    outsider = Fixtures.member(admin, Fixtures.organization(admin), "CLINICIAN");
    enrol(collaborative, org);
    enrol(collaborative, Fixtures.organization(admin));
    Fixtures.advance(lead, collaborative, "ANNOUNCED");
    treated = measure(lead, collaborative, "treated");

    // another collaborative, where the same organisation is enrolled too
    elsewhereLead = Fixtures.signIn(Person.faculty());
    elsewhere = Fixtures.collaborative(elsewhereLead);
    String elsewhereOrg = Fixtures.organization(admin);
    elsewhereMember = Fixtures.member(admin, elsewhereOrg, "DATA_CONTACT");
    enrol(elsewhere, elsewhereOrg);
    Fixtures.advance(elsewhereLead, elsewhere, "ANNOUNCED");
    measure(elsewhereLead, elsewhere, "treated");
  }

  static void enrol(String collaborative, String organization) {
    Db.execute(
        "insert into team (id, collaborative_id, organization_id, enrolled_at) values ('"
            + UUID.randomUUID()
            + "', '"
            + collaborative
            + "', '"
            + organization
            + "', now())");
  }

  static String measure(Person lead, String collaborative, String key) {
    return measure(lead, collaborative, key, 45);
  }

  static String measure(Person lead, String collaborative, String key, int lockAfterDays) {
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
                lockAfterDays))
        .post("/api/collaboratives/{id}/measures", collaborative)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static void upload(Person p, String collaborative, List<Map<String, Object>> rows) {
    Api.badInput(p.token())
        .body(rows)
        .post("/api/collaboratives/{id}/metric-imports", collaborative)
        .then()
        .statusCode(200);
  }

  static Map<String, Object> row(String period, int value) {
    Map<String, Object> m = new HashMap<>();
    m.put("measureKey", "treated");
    m.put("period", period);
    m.put("value", value);
    return m;
  }

  /** A GET that must answer 200 with an ETag and the revalidating Cache-Control; the ETag. */
  static String etag(Person p, String path, Object... params) {
    return fetch(p, null, path, params).header("ETag");
  }

  static ExtractableResponse<Response> fetch(
      Person p, String ifNoneMatch, String path, Object... params) {
    var req = Api.as(p);
    if (ifNoneMatch != null) {
      req.header("If-None-Match", ifNoneMatch);
    }
    ExtractableResponse<Response> r =
        req.get(path, params)
            .then()
            .statusCode(200)
            .header("Cache-Control", "private, no-cache")
            .extract();
    assertThat(r.header("ETag")).matches("\"[A-Za-z0-9_-]{43}\"");
    return r;
  }

  static void notModified(Person p, String etag, String path, Object... params) {
    notModifiedFor(p, etag, etag, path, params);
  }

  /** 304 for {@code ifNoneMatch}, with the current {@code etag}. */
  static void notModifiedFor(
      Person p, String ifNoneMatch, String etag, String path, Object... params) {
    Api.as(p)
        .header("If-None-Match", ifNoneMatch)
        .get(path, params)
        .then()
        .statusCode(304)
        .header("ETag", equalTo(etag))
        .header("Cache-Control", "private, no-cache")
        .body(emptyOrNullString());
  }

  /** The four reads, as the lead sees them. */
  Map<String, String> leadsETags() {
    Map<String, String> tags = new HashMap<>();
    tags.put("completeness", etag(lead, COMPLETENESS, collaborative));
    tags.put("overdue", etag(lead, OVERDUE, collaborative));
    tags.put("runChart", etag(lead, RUN_CHART, collaborative, treated));
    tags.put("teamCharts", etag(lead, TEAM_CHARTS, collaborative, org));
    return tags;
  }

  void allNotModified(Map<String, String> tags) {
    notModified(lead, tags.get("completeness"), COMPLETENESS, collaborative);
    notModified(lead, tags.get("overdue"), OVERDUE, collaborative);
    notModified(lead, tags.get("runChart"), RUN_CHART, collaborative, treated);
    notModified(lead, tags.get("teamCharts"), TEAM_CHARTS, collaborative, org);
  }

  void allChanged(Map<String, String> before) {
    Map<String, String> after = leadsETags();
    before.forEach((read, tag) -> assertThat(after.get(read)).as(read).isNotEqualTo(tag));
    // the old ETag gets the full answer
    fetch(lead, before.get("completeness"), COMPLETENESS, collaborative);
    fetch(lead, before.get("runChart"), RUN_CHART, collaborative, treated);
  }

  @Test
  void aCurrentCopyIs304AndAnUploadMakesANewETag() {
    Map<String, String> tags = leadsETags();
    allNotModified(tags);
    // a list with the current tag, and its weak form, match too
    notModifiedFor(
        lead,
        "\"other\", " + tags.get("completeness"),
        tags.get("completeness"),
        COMPLETENESS,
        collaborative);
    notModifiedFor(
        lead, "W/" + tags.get("runChart"), tags.get("runChart"), RUN_CHART, collaborative, treated);
    notModifiedFor(lead, "*", tags.get("overdue"), OVERDUE, collaborative);
    // the query is part of it
    assertThat(etag(lead, RUN_CHART + "?baseline=6", collaborative, treated))
        .isNotEqualTo(tags.get("runChart"));

    // a change in another collaborative changes nothing here
    upload(elsewhereMember, elsewhere, List.of(row(LAST_MONTH, 7)));
    allNotModified(tags);

    upload(member, collaborative, List.of(row(LAST_MONTH, 3)));
    allChanged(tags);
    Map<String, String> now = leadsETags();
    allNotModified(now);

    // a correction of the value
    upload(member, collaborative, List.of(row(LAST_MONTH, 4)));
    allChanged(now);
  }

  @Test
  void anUnlockChangesCompletenessButNotTheRunCharts() {
    Map<String, String> tags = leadsETags();
    String twoMonthsAgo = YearMonth.now(ZoneOffset.UTC).minusMonths(2).toString();
    Api.as(lead)
        .body(
            Map.of(
                "organizationId",
                org,
                "period",
                twoMonthsAgo,
                "until",
                LocalDate.now(ZoneOffset.UTC).toString(),
                "reason",
                "Their EHR export failed"))
        .post("/api/collaboratives/{id}/period-unlocks", collaborative)
        .then()
        .statusCode(201);
    assertThat(etag(lead, COMPLETENESS, collaborative)).isNotEqualTo(tags.get("completeness"));
    assertThat(etag(lead, OVERDUE, collaborative)).isNotEqualTo(tags.get("overdue"));
    notModified(lead, tags.get("runChart"), RUN_CHART, collaborative, treated);
    notModified(lead, tags.get("teamCharts"), TEAM_CHARTS, collaborative, org);
  }

  @Test
  void renamingAnEnrolledOrganisationOrChangingAMeasureChangesEveryRead() {
    Map<String, String> tags = leadsETags();
    String orgETag = Fixtures.etag(admin, "/api/organizations/{id}", org);
    Api.as(admin)
        .header("If-Match", orgETag)
        .body(Map.of("name", "Renamed " + UUID.randomUUID()))
        .put("/api/organizations/{id}", org)
        .then()
        .statusCode(200);
    allChanged(tags);

    Map<String, String> now = leadsETags();
    String measureETag =
        Fixtures.etag(lead, "/api/collaboratives/{c}/measures/{m}", collaborative, treated);
    Api.as(lead)
        .header("If-Match", measureETag)
        .body(
            Map.of(
                "key",
                "treated",
                "name",
                "Treated, renamed",
                "type",
                "COUNT",
                "direction",
                "INCREASE",
                "lockAfterDays",
                45))
        .put("/api/collaboratives/{c}/measures/{m}", collaborative, treated)
        .then()
        .statusCode(200);
    allChanged(now);
  }

  @Test
  void eachCallerHasTheirOwnETagAndAccessIsDecidedFirst() {
    upload(member, collaborative, List.of(row(LAST_MONTH, 3)));
    Map<String, String> tags = leadsETags();
    String membersCompleteness = etag(member, COMPLETENESS, collaborative);
    String membersChart = etag(member, RUN_CHART, collaborative, treated);
    String membersTeam = etag(member, TEAM_CHARTS, collaborative, org);
    assertThat(membersCompleteness).isNotEqualTo(tags.get("completeness"));
    assertThat(membersChart).isNotEqualTo(tags.get("runChart"));
    assertThat(membersTeam).isNotEqualTo(tags.get("teamCharts"));
    // the lead's ETag is not the member's: the member gets their own answer
    fetch(member, tags.get("completeness"), COMPLETENESS, collaborative);
    fetch(member, tags.get("teamCharts"), TEAM_CHARTS, collaborative, org);
    notModified(member, membersCompleteness, COMPLETENESS, collaborative);
    // the ETag follows what the caller sees, not who they are: the admin sees what the lead sees
    assertThat(etag(admin, COMPLETENESS, collaborative)).isEqualTo(tags.get("completeness"));

    // a person of another organisation sees the published collaborative without any team: the
    // lead's ETag is not theirs
    assertThat(
            fetch(outsider, tags.get("completeness"), COMPLETENESS, collaborative).header("ETag"))
        .isNotEqualTo(tags.get("completeness"));
    fetch(outsider, tags.get("runChart"), RUN_CHART, collaborative, treated);
    // and holding a valid ETag of a team that is not theirs, they are refused as before
    Api.as(outsider)
        .header("If-None-Match", tags.get("teamCharts"))
        .get(TEAM_CHARTS, collaborative, org)
        .then()
        .statusCode(404);
    // a collaborative still in DRAFT: only its faculty see it, ETag or not
    String draft = Fixtures.collaborative(lead);
    String draftMeasure = measure(lead, draft, "treated");
    String draftTag = etag(lead, COMPLETENESS, draft);
    String draftChart = etag(lead, RUN_CHART, draft, draftMeasure);
    notModified(lead, draftTag, COMPLETENESS, draft);
    Api.as(outsider)
        .header("If-None-Match", draftTag)
        .get(COMPLETENESS, draft)
        .then()
        .statusCode(404);
    Api.as(member)
        .header("If-None-Match", draftChart)
        .get(RUN_CHART, draft, draftMeasure)
        .then()
        .statusCode(404);
    // the member asking for another organisation's team
    Api.as(member)
        .header("If-None-Match", membersTeam)
        .get(COMPLETENESS + "?organizationId={o}", collaborative, UUID.randomUUID())
        .then()
        .statusCode(404);
    // no token
    Api.anonymous()
        .header("If-None-Match", tags.get("completeness"))
        .get(COMPLETENESS, collaborative)
        .then()
        .statusCode(401);
    Api.anonymous()
        .header("If-None-Match", tags.get("runChart"))
        .get(RUN_CHART, collaborative, treated)
        .then()
        .statusCode(401);
  }

  @Test
  void theETagIsDerivedFromTheDatabaseAlone() {
    Map<String, String> tags = leadsETags();
    // what any replica reads: bump the version row by hand, and every replica's ETag moves
    int bumped =
        Db.execute(
            "update data_version set version = version + 1 where collaborative_id = '"
                + collaborative
                + "' and topic = 'measures'");
    assertThat(bumped).isEqualTo(1);
    allChanged(tags);
    // and back: the same rows give the same ETag again (no state in the JVM)
    Db.execute(
        "update data_version set version = version - 1 where collaborative_id = '"
            + collaborative
            + "' and topic = 'measures'");
    allNotModified(tags);
    assertThat(leadsETags()).isEqualTo(tags);
  }

  static long version(String collaborative, String topic) {
    return Db.count(
        "select coalesce(max(version), 0) from data_version where collaborative_id = '"
            + collaborative
            + "' and topic = '"
            + topic
            + "'");
  }

  @Test
  void anUploadBumpsItsCollaborativeOncePerStatementWhateverItsSize() {
    measure(lead, collaborative, "first", 3650);
    measure(lead, collaborative, "second", 3650);
    long before = version(collaborative, "values");
    long elsewhereBefore = version(elsewhere, "values");
    upload(member, collaborative, List.of(row(LAST_MONTH, 1)));
    long forOneRow = version(collaborative, "values") - before;

    // 2 measures x 24 months = 48 rows in one upload: as many bumps as for one row
    List<Map<String, Object>> rows = new java.util.ArrayList<>();
    YearMonth month = YearMonth.now(ZoneOffset.UTC).minusMonths(2);
    for (int i = 0; i < 24; i++) {
      String period = month.minusMonths(i).toString();
      for (String key : List.of("first", "second")) {
        Map<String, Object> r = row(period, i);
        r.put("measureKey", key);
        rows.add(r);
      }
    }
    long beforeMany = version(collaborative, "values");
    upload(member, collaborative, rows);
    long forManyRows = version(collaborative, "values") - beforeMany;
    assertThat(
            Db.count(
                "select count(*) from metric_value v join measure m on m.id = v.measure_id"
                    + " where m.collaborative_id = '"
                    + collaborative
                    + "'"))
        .isEqualTo(49);
    // the revisions and the upsert: one bump each, however many rows they write
    assertThat(forOneRow).isEqualTo(2);
    assertThat(forManyRows).isEqualTo(forOneRow);
    assertThat(version(elsewhere, "values")).isEqualTo(elsewhereBefore);

    // one SQL statement over the values of both collaboratives: one bump for each
    upload(elsewhereMember, elsewhere, List.of(row(LAST_MONTH, 7)));
    long here = version(collaborative, "values");
    long there = version(elsewhere, "values");
    int updated =
        Db.execute(
            "update metric_value set updated_at = updated_at where measure_id in (select id from"
                + " measure where collaborative_id in ('"
                + collaborative
                + "', '"
                + elsewhere
                + "'))");
    assertThat(updated).isEqualTo(50);
    assertThat(version(collaborative, "values")).isEqualTo(here + 1);
    assertThat(version(elsewhere, "values")).isEqualTo(there + 1);
    // a statement that changes no row bumps nothing
    Db.execute("delete from metric_value where period = '1900-01-01'");
    assertThat(version(collaborative, "values")).isEqualTo(here + 1);
  }
}
