package org.lcp.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://evil\")",
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1:A9)",
        "\tTab",
        "\rReturn",
        "-",
        "="
      })
  void aCellThatASpreadsheetWouldTakeForAFormulaGetsAQuoteBeforeIt(String value) {
    assertThat(Csv.neutralise(value)).isEqualTo("'" + value);
    assertThat(Csv.unneutralise(Csv.neutralise(value))).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Lakeside Clinic", "-3.5", "+12", "-7", "", "a=b", "3-4", "o'Hara"})
  void otherTextAndPlainNumbersAreWrittenAsTheyAre(String value) {
    assertThat(Csv.neutralise(value)).isEqualTo(value);
    assertThat(Csv.unneutralise(value)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"'", "'quoted", "''", "'=1", "''=1", "'-3.5"})
  void aLeadingQuoteIsDoubledSoThatTheRuleReverses(String value) {
    assertThat(Csv.neutralise(value)).isEqualTo("'" + value);
    assertThat(Csv.unneutralise(Csv.neutralise(value))).isEqualTo(value);
  }

  @Test
  void cellsAreNeutralisedThenQuotedAndNumbersStayNumbers() {
    assertThat(Csv.text("=1,2")).isEqualTo("\"'=1,2\"");
    assertThat(Csv.text("@a\"b")).isEqualTo("\"'@a\"\"b\"");
    assertThat(Csv.text("\rx")).isEqualTo("\"'\rx\"");
    assertThat(Csv.text("plain")).isEqualTo("plain");
    assertThat(Csv.text(null)).isEmpty();
    assertThat(Csv.number(new BigDecimal("-3.50"))).isEqualTo("-3.5");
    assertThat(Csv.number(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(Csv.number(null)).isEmpty();
  }

  @Test
  void anUnknownQuoteIsKeptOnImport() {
    assertThat(Csv.unneutralise("'abc")).isEqualTo("'abc");
    assertThat(Csv.unneutralise("'")).isEqualTo("'");
  }
}
