package org.lcp.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The text rules and the search escaping, without HTTP. */
class TextAndSearchTest {

  @Test
  void eachLikeWildcardAndTheEscapeCharacterAreEscaped() {
    assertThat(Search.likeEscape("100%")).isEqualTo("100\\%");
    assertThat(Search.likeEscape("a_b")).isEqualTo("a\\_b");
    assertThat(Search.likeEscape("c\\d")).isEqualTo("c\\\\d");
    assertThat(Search.likeEscape("\\%_")).isEqualTo("\\\\\\%\\_");
    assertThat(Search.likeEscape("plain")).isEqualTo("plain");
    assertThat(Search.containsPattern("  Cafe\u0301 50%  ")).isEqualTo("%caf\u00e9 50\\%%");
    assertThat(Search.like("name", "q")).isEqualTo("lower(name) like :q escape '\\'");
  }

  @Test
  void controlCharactersAndLoneSurrogatesAreRefused() {
    assertThatThrownBy(() -> Text.text("a\u0000b")).hasMessageContaining("U+0000");
    assertThatThrownBy(() -> Text.text("a\u007fb")).hasMessageContaining("U+007F");
    assertThatThrownBy(() -> Text.text("a\u0085b")).hasMessageContaining("U+0085");
    assertThatThrownBy(() -> Text.text("a\ud800b")).hasMessageContaining("lone surrogate");
    assertThatThrownBy(() -> Text.text("a\udc00")).hasMessageContaining("lone surrogate");
    assertThatThrownBy(() -> Text.name("a\tb")).hasMessageContaining("one line");
    assertThat(Text.text("line one\r\n\tline two")).isEqualTo("line one\r\n\tline two");
    assertThat(Text.text("emoji \ud83d\ude00")).isEqualTo("emoji \ud83d\ude00");
    assertThat(Text.text(null)).isNull();
    assertThat(Text.name(null)).isNull();
  }

  @Test
  void namesAreNormalisedAndTrimmedOfInvisibleCharacters() {
    assertThat(Text.name("\u200b Cafe\u0301\u2060 \u00a0")).isEqualTo("Caf\u00e9");
    assertThat(Text.name("\ufeff\u200b\u2060")).isEmpty();
    assertThat(Text.name("\u3164")).isEmpty();
    assertThatThrownBy(() -> Text.requiredName(" \u200b ")).hasMessageContaining("visible");
    assertThat(Text.requiredName(" A ")).isEqualTo("A");
  }

  @Test
  void lookAlikeNamesShareTheirSkeleton() {
    String s = Text.skeleton("Lakeside Health");
    assertThat(Text.skeleton("Lak\u0435side Health")).isEqualTo(s); // Cyrillic е
    assertThat(Text.skeleton("Lake\u2060side Health")).isEqualTo(s); // word joiner
    assertThat(Text.skeleton("Lake\u00adside  Health")).isEqualTo(s); // soft hyphen, two spaces
    assertThat(Text.skeleton("LAKESIDE HEALTH")).isEqualTo(s);
    assertThat(Text.skeleton("\u13deakeside Health")).isEqualTo(s); // Cherokee Ꮮ
    assertThat(Text.skeleton("Lakeside Hea1th")).isEqualTo(s); // digit one for l
    assertThat(Text.skeleton("Lakeshore Health")).isNotEqualTo(s);
    assertThat(Text.skeleton("Lakeside Clinic")).isNotEqualTo(s);
  }
}
