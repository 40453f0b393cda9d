package org.lcp.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.consultation.CallAudience;
import org.lcp.consultation.CallKind;
import org.lcp.consultation.CallState;

/**
 * The feeds' and invitations' DTSTART and DTEND are the local time of the event's instant in its
 * zone by the JDK's rules ({@link JdkZones}), in every kind of zone (half-hour and 45-minute
 * offsets, southern summers, aliases, zones that dropped daylight saving) and on both sides of each
 * change of offset. ical4j's own lookup of a TZID got several of these wrong.
 */
class IcsWriterZonesTest {

  static final List<String> ZONES =
      List.of(
          "America/New_York",
          "America/Chicago",
          "America/Denver",
          "America/Phoenix",
          "America/Los_Angeles",
          "America/Anchorage",
          "Pacific/Honolulu",
          "America/Puerto_Rico",
          "America/St_Johns",
          "America/Sao_Paulo",
          "Europe/London",
          "Europe/Berlin",
          "Asia/Kolkata",
          "Asia/Kathmandu",
          "Australia/Adelaide",
          "Australia/Lord_Howe",
          "Pacific/Auckland",
          "Pacific/Chatham",
          "US/Eastern",
          "UTC");

  @Test
  void startAndEndAreTheLocalTimesOfTheInstantsInEveryKindOfZoneAndAroundEachChange() {
    List<Entry> entries = new ArrayList<>();
    for (String zone : ZONES) {
      ZoneId id = ZoneId.of(zone);
      Instant at = Instant.parse("2026-01-15T15:00:00Z");
      entries.add(call(zone, at));
      // an hour before and after each of the next four changes of offset
      ZoneOffsetTransition t = id.getRules().nextTransition(at);
      for (int i = 0; i < 4 && t != null; i++) {
        entries.add(call(zone, t.getInstant().minus(Duration.ofHours(1))));
        entries.add(call(zone, t.getInstant().plus(Duration.ofMinutes(30))));
        t = id.getRules().nextTransition(t.getInstant());
      }
    }

    String written = IcsWriter.write("Zones", entries);
    // every event's start and end: the local time of its instant in its zone, by the JDK's rules
    DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    String unfolded = written.replace("\r\n ", "");
    int checked = 0;
    for (Entry e : entries) {
      int uid = unfolded.indexOf("UID:" + e.uid());
      String event =
          unfolded.substring(
              unfolded.lastIndexOf("BEGIN:VEVENT", uid), unfolded.indexOf("END:VEVENT", uid));
      ZoneId zone = ZoneId.of(e.timeZone());
      assertThat(event)
          .as("%s at %s", e.timeZone(), e.startsAt())
          .contains("DTSTART;TZID=" + e.timeZone() + ":" + e.startsAt().atZone(zone).format(local))
          .contains("DTEND;TZID=" + e.timeZone() + ":" + e.endsAt().atZone(zone).format(local));
      checked++;
    }
    assertThat(checked).isGreaterThan(ZONES.size() * 5);
    assertThat(written)
        .contains("DTSTART;TZID=America/New_York:20260115T100000")
        .contains("DTEND;TZID=Asia/Kathmandu:20260115T214500")
        // ical4j's own lookup wrote 04:30 (the zone's offset before 1947), 13:00 (daylight saving
        // that ended in 2019) and 02:00 for the hour before the change (a time that does not exist)
        .contains("DTSTART;TZID=Pacific/Honolulu:20260115T050000")
        .contains("DTSTART;TZID=America/Sao_Paulo:20260115T120000")
        .contains("DTSTART;TZID=America/New_York:20270314T010000");
  }

  static Entry call(String zone, Instant start) {
    return new Entry(
        ScheduleItemType.CALL,
        UUID.randomUUID(),
        UUID.randomUUID(),
        "Collaborative",
        "Call in " + zone,
        null,
        CallKind.CONSULTATION,
        false,
        null,
        null,
        LocalDateTime.ofInstant(start, ZoneId.of(zone)),
        zone,
        start,
        start.plus(Duration.ofHours(1)),
        CallState.SCHEDULED,
        ScheduleMode.VIRTUAL,
        null,
        "https://video.example.org/c",
        null,
        null,
        CallAudience.COLLABORATIVE,
        null,
        null,
        "Facilitator",
        EnumSet.noneOf(ScheduleReason.class),
        0,
        null,
        Instant.parse("2026-01-01T00:00:00Z").atOffset(ZoneOffset.UTC).toInstant());
  }
}
