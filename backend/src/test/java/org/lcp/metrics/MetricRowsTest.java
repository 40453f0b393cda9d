package org.lcp.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lcp.common.error.ApiException;
import org.lcp.metrics.MetricRows.Row;

class MetricRowsTest {

  private static InputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aNumericCellLongerThan32CharactersIsRefusedForItsRowAndColumnBeforeParsing() {
    String n33 = "1" + "0".repeat(32);
    List<Row> rows =
        MetricRows.csv(
            in(
                "measureKey,period,value,numerator\n"
                    + "a,2026-01,"
                    + "1".repeat(32)
                    + ",\n"
                    + "a,2026-02,"
                    + n33
                    + ",\n"
                    + "a,2026-03,,"
                    + "9".repeat(40)
                    + "\n"),
            10);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).problem()).isNull();
    assertThat(rows.get(0).value()).hasSize(32);
    assertThat(rows.get(1).number()).isEqualTo(2);
    assertThat(rows.get(1).problemField()).isEqualTo("value");
    assertThat(rows.get(1).problem()).isEqualTo("has 33 characters; a number takes at most 32");
    assertThat(rows.get(2).problemField()).isEqualTo("numerator");
    // JSON numbers meet the same bound
    List<Row> json =
        MetricRows.json(
            in("[{\"measureKey\":\"a\",\"period\":\"2026-01\",\"value\":" + n33 + "}]"), 10);
    assertThat(json.get(0).problemField()).isEqualTo("value");
    assertThat(json.get(0).problem()).contains("at most 32");
  }

  @Test
  void textCellsLoseTheExportsFormulaQuoteAndQuotedCellsMayHoldLineBreaks() {
    List<Row> rows =
        MetricRows.csv(
            in(
                "organizationId,organizationName,measureKey,period,value\r\n"
                    + "'-x,\"'=HYPERLINK(\"\"a\"\")\r\nsecond line\",'@k,2026-01,-3.5\r\n"
                    + "\r\n"
                    + "'abc,n,k,2026-02,'-1\r\n"),
            10);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).organizationId()).isEqualTo("-x");
    assertThat(rows.get(0).measureKey()).isEqualTo("@k");
    assertThat(rows.get(0).value()).isEqualTo("-3.5");
    assertThat(rows.get(1).number()).isEqualTo(2);
    assertThat(rows.get(1).organizationId()).isEqualTo("'abc");
    // a number is never neutralised, so a quoted one is not a number
    assertThat(rows.get(1).value()).isEqualTo("'-1");
  }

  @Test
  void aRowWithMoreCellsThanTheHeaderIsRejectedNotFatal() {
    List<Row> rows = MetricRows.csv(in("measureKey,period\na,2026-01,3\n"), 10);
    assertThat(rows.get(0).problemField()).isEqualTo("row");
    assertThat(rows.get(0).problem()).isEqualTo("has 3 cells; the header has 2");
  }

  @Test
  void anEndlessRecordIsRefusedBeforeItFillsMemory() {
    String endless = "measureKey,period\na,\"" + "x".repeat(MetricRows.MAX_RECORD_CHARS + 1);
    assertThatThrownBy(() -> MetricRows.csv(in(endless), 10))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("longer than 65536 characters");
    String longString =
        "[{\"measureKey\":\"" + "x".repeat(MetricRows.MAX_RECORD_CHARS + 1) + "\"}]";
    assertThatThrownBy(() -> MetricRows.json(in(longString), 10))
        .isInstanceOf(ApiException.class)
        .hasMessageContaining("is refused");
  }

  @Test
  void rowsAreReadOneAtATimeAndCountedUpToTheLimit() {
    try (MetricRows.Reader r =
        MetricRows.open(
            in("measureKey,period\na,2026-01\nb,2026-02\nc,2026-03\n"), ImportFormat.CSV, 2)) {
      assertThat(r.next().measureKey()).isEqualTo("a");
      assertThat(r.next().measureKey()).isEqualTo("b");
      assertThat(r.count()).isEqualTo(2);
      assertThatThrownBy(r::next).isInstanceOf(MetricRows.TooManyRows.class);
    }
    try (MetricRows.Reader r = MetricRows.open(in("[]"), ImportFormat.JSON, 2)) {
      assertThat(r.next()).isNull();
      assertThat(r.count()).isZero();
    }
  }
}
