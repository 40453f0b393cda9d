package org.lcp.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.lcp.support.Api;
import org.lcp.support.Person;

/**
 * A measurement, not a timed test: the report and a run chart's CSV of a collaborative built by
 * {@code bench/scale/generate.sql} (e.g. 400 teams x 25 measures x 36 months), printed. Runs only
 * when {@code LCP_REPORT_SCALE} is set, against a database that generate.sql filled:
 *
 * <pre>
 * LCP_REPORT_SCALE=1 LCP_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/DB mvn test -Dtest=ReportScaleTest
 * </pre>
 */
@QuarkusTest
@EnabledIfEnvironmentVariable(named = "LCP_REPORT_SCALE", matches = ".+")
class ReportScaleTest {

  @Test
  void measure() throws Exception {
    Person admin = Person.admin();
    String id =
        org.lcp.support.Db.text(
            "select id::text from collaborative where title = 'Scale Collaborative'");
    String measure =
        org.lcp.support.Db.text(
            "select id::text from measure where collaborative_id = '"
                + id
                + "' order by key limit 1");
    for (int run = 1; run <= 3; run++) {
      long start = System.nanoTime();
      byte[] pdf =
          Api.as(admin)
              .get("/api/collaboratives/{id}/report", id)
              .then()
              .statusCode(200)
              .extract()
              .asByteArray();
      long pdfMs = (System.nanoTime() - start) / 1_000_000;
      start = System.nanoTime();
      String csv =
          Api.as(admin)
              .get("/api/collaboratives/{c}/measures/{m}/run-chart/export", id, measure)
              .then()
              .statusCode(200)
              .extract()
              .asString();
      long csvMs = (System.nanoTime() - start) / 1_000_000;
      String text = ReportResourceTest.pdfText(pdf);
      System.out.printf(
          "report run %d: PDF %d ms (%d bytes, %d pages), CSV %d ms (%d bytes)%n",
          run, pdfMs, pdf.length, text.split("Page \\d+ of ").length - 1, csvMs, csv.length());
      assertThat(text).contains("Scale Collaborative");
    }
  }
}
