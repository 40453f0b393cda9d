package org.lcp.common.web;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.SpoofChecker;
import java.text.Normalizer;
import java.util.Set;

/**
 * The one set of rules every incoming text meets, whether it comes in a JSON body ({@link
 * StrictJson}) or a query parameter ({@link TextParameters}): no control characters (TAB, LF and CR
 * are allowed in texts, not in names), no lone surrogates, NFC-normalised; names are also trimmed
 * of spaces and invisible characters. {@link #skeleton} gives the UTS #39 confusable skeleton that
 * tells look-alike names apart.
 */
public final class Text {

  /** The JSON properties that hold a one-line name or title. */
  public static final Set<String> NAME_FIELDS =
      Set.of("name", "title", "topic", "signerName", "dataContactName");

  private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

  private Text() {}

  /** A text refused by these rules; {@code getMessage()} says why, for a violation. */
  public static final class InvalidText extends IllegalArgumentException {
    public InvalidText(String message) {
      super(message, null);
    }
  }

  /** A free text (descriptions, notes, reasons): NFC, no control characters but TAB/LF/CR. */
  public static String text(String s) {
    if (s == null) {
      return null;
    }
    check(s, true);
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /**
   * A one-line name: NFC, no control characters at all, spaces and invisible characters trimmed
   * from both ends. A name of only invisible characters becomes empty (and the contract's minLength
   * refuses it); one that had visible content cannot become empty.
   */
  public static String name(String s) {
    if (s == null) {
      return null;
    }
    check(s, false);
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
    int start = 0;
    int end = n.length();
    while (start < end) {
      int cp = n.codePointAt(start);
      if (!blank(cp)) {
        break;
      }
      start += Character.charCount(cp);
    }
    while (end > start) {
      int cp = n.codePointBefore(end);
      if (!blank(cp)) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return n.substring(start, end);
  }

  /** A name as the REST layer must see it, refusing one that is empty after trimming. */
  public static String requiredName(String s) {
    String n = name(s);
    if (n != null && n.isEmpty()) {
      throw new InvalidText("must contain a visible character");
    }
    return n;
  }

  /**
   * The confusable skeleton (UTS #39) of a name, case-folded, with default-ignorable characters
   * (zero-width spaces, word joiners, soft hyphens...) removed and runs of spaces made one: two
   * names with the same skeleton look alike to a reader ("Lakeside" and "Lakеside" with a Cyrillic
   * е).
   */
  public static String skeleton(String name) {
    StringBuilder b = new StringBuilder(name.length());
    boolean space = false;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
        continue;
      }
      if (blank(cp)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.appendCodePoint(cp);
    }
    String folded = UCharacter.foldCase(b.toString(), true);
    // look-alikes map to one prototype, which may be upper case: fold once more
    return UCharacter.foldCase(SPOOF.getSkeleton(folded), true);
  }

  private static void check(String s, boolean multiLine) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        throw new InvalidText("contains a lone surrogate (not valid Unicode text)");
      }
      if (Character.isLowSurrogate(c)) {
        throw new InvalidText("contains a lone surrogate (not valid Unicode text)");
      }
      if (c == '\t' || c == '\n' || c == '\r') {
        if (!multiLine) {
          throw new InvalidText("must be one line: tabs and line breaks are not allowed");
        }
        continue;
      }
      if (Character.getType(c) == Character.CONTROL) {
        throw new InvalidText(
            String.format("contains the control character U+%04X at position %d", (int) c, i + 1));
      }
    }
  }

  /** White space and the characters that show as nothing (zero-width space, word joiner...). */
  static boolean blank(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || Character.getType(cp) == Character.FORMAT
        || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
        || cp == 0x2800 // braille blank
        || cp == 0x3164 // Hangul filler
        || cp == 0xFFA0; // half-width Hangul filler
  }
}
