package org.lcp.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Every metric number is bounded before anything expands it. */
class MetricNumberBoundsTest {

  static BigDecimal read(String s) {
    return MetricValidation.decimal(s, "value");
  }

  @Test
  void theBoundsAreAccepted() {
    assertThat(read("1000000000")).isEqualByComparingTo("1000000000");
    assertThat(read("-1000000000")).isEqualByComparingTo("-1000000000");
    assertThat(read("1e9").toPlainString()).isEqualTo("1000000000");
    assertThat(read("0.000001")).isEqualByComparingTo("0.000001");
    assertThat(read("12.500000").toPlainString()).isEqualTo("12.5");
    assertThat(read("0E-999999999")).isEqualByComparingTo("0");
    assertThat(read("0e999999999").toPlainString()).isEqualTo("0");
  }

  @Test
  void hostileNumbersAreRefusedInMilliseconds() {
    long start = System.nanoTime();
    for (String hostile :
        new String[] {
          "1e999999999",
          "-1e999999999",
          "1e-999999999",
          "1E+2147483647",
          "1000000000.000001",
          "1000000001",
          "0.0000001",
          "1e-7",
          "9".repeat(33),
          "9".repeat(5000)
        }) {
      assertThatThrownBy(() -> read(hostile))
          .as(hostile.length() > 40 ? hostile.length() + " digits" : hostile)
          .isInstanceOf(MetricValidation.Rejection.class)
          .satisfies(
              e -> {
                assertThat(((MetricValidation.Rejection) e).field).isEqualTo("value");
                assertThat(((MetricValidation.Rejection) e).code)
                    .isEqualTo(org.lcp.api.model.ImportRejection.CodeEnum.OUT_OF_RANGE);
              });
    }
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
    assertThatThrownBy(() -> read("seven")).hasMessage("must be a number");
  }
}
