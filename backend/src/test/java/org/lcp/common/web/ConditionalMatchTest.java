package org.lcp.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** If-None-Match as RFC 9110 (13.1.2) reads it: lists, `*`, weak comparison. */
class ConditionalMatchTest {

  static final String TAG = "\"abc-_1\"";

  @Test
  void theCurrentTagAloneInAListOrWeakMatches() {
    assertThat(Conditional.matches(TAG, TAG)).isTrue();
    assertThat(Conditional.matches("\"x\", " + TAG, TAG)).isTrue();
    assertThat(Conditional.matches("\"x\",W/\"abc-_1\"", TAG)).isTrue();
    assertThat(Conditional.matches("W/" + TAG, TAG)).isTrue();
    assertThat(Conditional.matches("  " + TAG + "  ", TAG)).isTrue();
    assertThat(Conditional.matches("*", TAG)).isTrue();
  }

  @Test
  void anythingElseDoesNot() {
    assertThat(Conditional.matches(null, TAG)).isFalse();
    assertThat(Conditional.matches("", TAG)).isFalse();
    assertThat(Conditional.matches("\"abc-_2\"", TAG)).isFalse();
    assertThat(Conditional.matches("abc-_1", TAG)).isFalse(); // unquoted: malformed
    assertThat(Conditional.matches("\"abc-_1", TAG)).isFalse(); // unterminated
    assertThat(Conditional.matches("\"x\", abc-_1", TAG)).isFalse();
    assertThat(Conditional.matches("\"abc\"", TAG)).isFalse();
    assertThat(Conditional.matches("w/" + TAG, TAG)).isFalse(); // W/ is case-sensitive
  }
}
