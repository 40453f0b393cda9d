package org.lcp.calendar;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The prod profile refuses to start without a real calendar link key; dev and test keep the default
 * (application.properties: lcp.calendar.link-key-required is true but in %dev and %test).
 */
class LinkKeyCheckTest {

  @Test
  void whereARealKeyIsRequiredTheDevelopmentDefaultAMissingOrAShortKeyRefuseToStart() {
    assertThatThrownBy(() -> LinkKeyCheck.check(true, LinkKeyCheck.DEVELOPMENT_KEY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("refusing to start: no calendar link key is configured")
        .hasMessageContaining("LCP_CALENDAR_LINK_KEY");
    assertThatThrownBy(() -> LinkKeyCheck.check(true, " ")).hasMessageContaining("no calendar");
    assertThatThrownBy(() -> LinkKeyCheck.check(true, null)).hasMessageContaining("no calendar");
    assertThatThrownBy(() -> LinkKeyCheck.check(true, "short-secret"))
        .hasMessageContaining("has 12 bytes; at least 32 are required");
  }

  @Test
  void aLongKeyStartsAndWhereNoneIsRequiredTheDefaultDoes() {
    assertThatCode(() -> LinkKeyCheck.check(true, "a".repeat(32))).doesNotThrowAnyException();
    assertThatCode(() -> LinkKeyCheck.check(false, LinkKeyCheck.DEVELOPMENT_KEY))
        .doesNotThrowAnyException();
  }
}
