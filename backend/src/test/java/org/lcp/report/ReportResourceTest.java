package org.lcp.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;

/**
 * The collaborative report (PDF, read back with PDFBox's text extraction) and a run chart's CSV,
 * against the real database: what they say, that they are reproducible as of a day, their
 * parameters and who may ask.
 *
 * <p>The world: a collaborative that started in January 2025 with two enrolled teams and a count
 * measure (due on the 15th of the following month, target 50). By 2025-09-01 team A had reported
 * January to August (10, 12, ... 24) and team B January to June (5 each); on 2025-10-05 team A
 * changed August to 999 and team B reported July. As of 2025-09-20: 14 of the 16 values due were
 * reported (87.5 %), team B owed two; the pooled series (the mean per reporting team) is 7.5, 8.5,
 * 9.5, 10.5, 11.5, 12.5, a trend up of six months from January to June around a median of 10; July
 * (22) and August (24) pooled over 1 of 2 teams are incomplete, out of the median and the rules.
 */
@QuarkusTest
class ReportResourceTest {

  static final String AS_OF = "2025-09-20";

  final Person admin = Person.admin();
  Person lead;
  String collaborative;
  String title;
  String teamA;
  String teamB;
  String nameA;
  String nameB;
  Person member;
  String measure;

  @BeforeEach
  void setUp() {
    lead = Fixtures.signIn(Person.faculty());
    collaborative = Fixtures.collaborative(lead);
    title =
        Api.as(lead).get("/api/collaboratives/{id}", collaborative).then().extract().path("title");
    teamA = Fixtures.organization(admin);
    teamB = Fixtures.organization(admin);
    nameA = name(teamA);
    nameB = name(teamB);
    member = Fixtures.member(admin, teamA, "DATA_CONTACT");
    enrol(teamA);
    enrol(teamB);
    Fixtures.advance(lead, collaborative, "ANNOUNCED");
    Db.execute(
        "update collaborative set start_date = '2025-01-01' where id = '" + collaborative + "'");
    measure =
        Api.as(lead)
            .body(
                Map.of(
                    "key",
                    "families",
                    "name",
                    "Families in CPP treatment",
                    "type",
                    "COUNT",
                    "direction",
                    "INCREASE",
                    "target",
                    50,
                    "dueDay",
                    15))
            .post("/api/collaboratives/{id}/measures", collaborative)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    for (int month = 1; month <= 8; month++) {
      revision(teamA, month, 8 + 2 * month, "2025-09-01");
    }
    for (int month = 1; month <= 6; month++) {
      revision(teamB, month, 5, "2025-09-01");
    }
    // after the day the report is as of
    revision(teamA, 8, 999, "2025-10-05");
    revision(teamB, 7, 7, "2025-10-05");
  }

  @Test
  void theReportSaysWhatStoodOnItsDay() throws IOException {
    byte[] pdf = report(lead, AS_OF);
    if (System.getenv("LCP_REPORT_SAMPLE") != null) {
      java.nio.file.Files.write(java.nio.file.Path.of(System.getenv("LCP_REPORT_SAMPLE")), pdf);
    }
    String text = pdfText(pdf);
    assertThat(text)
        .contains(title)
        .contains("Practice: TF-CBT")
        .contains("Phase: ANNOUNCED")
        .contains("As of " + AS_OF)
        .contains("Months reported: 2025-01 to 2025-09")
        .contains("Families in CPP treatment")
        .contains("87.5%")
        .contains("Trend up (improvement): 6 months, 2025-01 to 2025-06")
        .contains("1 of 2")
        .contains("1. Learning Session 1 not held yet")
        .contains("Teams at risk: 0");
    // the completeness row: 16 due, 14 reported, 1 of 2 teams overdue (team B)
    assertThat(text).containsPattern("Families in CPP treatment\\s+16\\s+14\\s+87\\.5%\\s+1 of 2");
    assertThat(text).contains("overdue: " + nameB).doesNotContain("overdue: " + nameA);
    // the pooled values as they stood: August is 24, not 999 + ...
    assertThat(text).doesNotContain("999");
  }

  @Test
  void aLaterChangeDoesNotChangeTheReportOfAnEarlierDay() throws IOException {
    String before = figures(pdfText(report(lead, AS_OF)));
    // a later change still (today), on top of the one of 2025-10-05
    revision(teamB, 8, 40, java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
    String again = figures(pdfText(report(admin, AS_OF)));
    assertThat(again).isEqualTo(before);
    // as of a later day the later values count
    String later = pdfText(report(lead, "2025-10-20"));
    // (team A's August is 999; nine months due, team A reported 8, team B 7: 15 of 18)
    assertThat(later).contains("As of 2025-10-20").contains("999").contains("83.3%");
  }

  @Test
  void theRunChartDataAsCsv() {
    String csv =
        Api.as(lead)
            .queryParam("asOf", AS_OF)
            .get("/api/collaboratives/{c}/measures/{m}/run-chart/export", collaborative, measure)
            .then()
            .statusCode(200)
            .contentType(containsString("text/csv"))
            .header("Content-Disposition", containsString("run-chart-families-" + AS_OF + ".csv"))
            .extract()
            .asString();
    List<String> lines = csv.lines().toList();
    List<String> names =
        List.of(nameA, nameB).stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "period,"
                + String.join(",", names)
                + ",pooled,teams,enrolledTeams,incomplete,centreLine,target,signal");
    assertThat(lines).hasSize(10); // header, 2025-01 .. 2025-09
    boolean aFirst = names.get(0).equals(nameA);
    assertThat(lines.get(1))
        .isEqualTo("2025-01," + (aFirst ? "10,5" : "5,10") + ",7.5,2,2,false,10,50,TREND_UP");
    assertThat(lines.get(7))
        .isEqualTo("2025-07," + (aFirst ? "22," : ",22") + ",22,1,2,true,10,50,");
    assertThat(lines.get(9)).isEqualTo("2025-09,,,,0,2,false,10,50,");
  }

  @Test
  void badDaysAndRangesNameTheParameter() {
    bad(Map.of("asOf", "2999-01-01"), "asOf");
    bad(Map.of("asOf", "2025-02-30"), "asOf");
    bad(Map.of("asOf", AS_OF, "to", "2025-10"), "to");
    bad(Map.of("asOf", AS_OF, "from", "2025-09", "to", "2025-08"), "from");
    bad(Map.of("asOf", AS_OF, "from", "2022-01"), "from");
    Api.badInput(lead)
        .queryParam("from", "2025-13")
        .get("/api/collaboratives/{c}/measures/{m}/run-chart/export", collaborative, measure)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void facultyAndAdminsOnly() {
    Api.anonymous().get("/api/collaboratives/{id}/report", collaborative).then().statusCode(401);
    Api.as(member)
        .get("/api/collaboratives/{id}/report", collaborative)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    Api.as(member)
        .get("/api/collaboratives/{c}/measures/{m}/run-chart/export", collaborative, measure)
        .then()
        .statusCode(403);
    Person otherFaculty = Fixtures.signIn(Person.faculty());
    Api.as(otherFaculty)
        .get("/api/collaboratives/{id}/report", collaborative)
        .then()
        .statusCode(403);
    // another faculty member's draft collaborative, and a measure of another collaborative
    String draft = Fixtures.collaborative(otherFaculty);
    Api.as(lead).get("/api/collaboratives/{id}/report", draft).then().statusCode(404);
    Api.as(lead).get("/api/collaboratives/{id}/report", UUID.randomUUID()).then().statusCode(404);
    String elsewhere =
        Api.as(otherFaculty)
            .body(Map.of("key", "x", "name", "X", "type", "COUNT", "direction", "INCREASE"))
            .post("/api/collaboratives/{id}/measures", draft)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.as(lead)
        .get("/api/collaboratives/{c}/measures/{m}/run-chart/export", collaborative, elsewhere)
        .then()
        .statusCode(404);
    Api.as(admin)
        .get("/api/collaboratives/{id}/report", collaborative)
        .then()
        .statusCode(200)
        .contentType("application/pdf");
  }

  // ---- helpers ----------------------------------------------------------------------------------

  byte[] report(Person p, String asOf) {
    return Api.as(p)
        .queryParam("asOf", asOf)
        .get("/api/collaboratives/{id}/report", collaborative)
        .then()
        .statusCode(200)
        .contentType("application/pdf")
        .header(
            "Content-Disposition",
            containsString("collaborative-report-" + collaborative + "-" + asOf + ".pdf"))
        .extract()
        .asByteArray();
  }

  static String pdfText(byte[] pdf) throws IOException {
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** The report without the line that says when it was generated. */
  static String figures(String text) {
    return text.replaceAll("Generated at [^\\n]*", "");
  }

  void bad(Map<String, String> query, String field) {
    Api.badInput(lead)
        .queryParams(query)
        .get("/api/collaboratives/{id}/report", collaborative)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo(field));
  }

  String name(String organization) {
    return Api.as(admin)
        .get("/api/organizations/{id}", organization)
        .then()
        .statusCode(200)
        .extract()
        .path("name");
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

  /** A value as a revision at noon UTC of a day (the "as of" reads take the revisions). */
  void revision(String organization, int month, int value, String day) {
    Db.execute(
        "insert into metric_value_revision (measure_id, organization_id, period, new_value, "
            + "source, actor, at) values ('"
            + measure
            + "', '"
            + organization
            + "', '2025-"
            + String.format("%02d", month)
            + "-01', "
            + value
            + ", 'API', 'test', timestamptz '"
            + day
            + " 12:00:00+00')");
  }
}
