package org.lcp.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.lcp.api.model.Schedule;
import org.lcp.api.model.ScheduleItem;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Times;
import org.lcp.consultation.Call;
import org.lcp.consultation.CallDetails;
import org.lcp.consultation.CallNames.Names;
import org.lcp.consultation.CallState;
import org.lcp.session.LearningSession;

/**
 * Learning sessions and calls as schedule entries, and a schedule as the API shows it: pure
 * functions.
 */
final class ScheduleViews {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private ScheduleViews() {}

  /**
   * A learning session: all day, in its time zone (UTC without one); held once its first day has
   * come.
   */
  static Entry entry(LearningSession s, Names names, EnumSet<ScheduleReason> reasons) {
    ZoneId zone = zone(s.timeZone);
    LocalDate end = s.endDate != null ? s.endDate : s.startDate;
    boolean started = !s.startDate.isAfter(LocalDate.now(zone));
    return new Entry(
        ScheduleItemType.LEARNING_SESSION,
        s.id,
        s.collaborativeId,
        names.collaboratives().get(s.collaborativeId),
        s.title,
        s.number,
        null,
        true,
        s.startDate,
        end,
        null,
        s.timeZone,
        s.startDate.atStartOfDay(zone).toInstant(),
        end.plusDays(1).atStartOfDay(zone).toInstant(),
        started ? CallState.HELD : CallState.SCHEDULED,
        ScheduleMode.valueOf(s.mode.name()),
        s.location,
        s.joinUrl,
        null,
        null,
        null,
        null,
        null,
        null,
        reasons,
        s.sequence,
        s.agenda,
        s.updatedAt);
  }

  static Entry entry(Call c, Names names, EnumSet<ScheduleReason> reasons) {
    CallDetails d = c.details;
    LocalDateTime end = c.localStart.plusMinutes(d.durationMinutes);
    return new Entry(
        ScheduleItemType.CALL,
        c.id,
        c.collaborativeId,
        names.collaboratives().get(c.collaborativeId),
        d.topic,
        null,
        c.kind,
        false,
        c.localStart.toLocalDate(),
        end.toLocalDate(),
        c.localStart,
        d.timeZone,
        c.startsAt,
        c.endsAt,
        c.state,
        ScheduleMode.valueOf(d.mode.name()),
        null,
        d.joinUrl,
        d.phoneNumber,
        d.accessCode,
        d.audience,
        d.teamId,
        d.teamId == null ? null : names.teams().get(d.teamId),
        names.people().get(d.facilitatorUserId),
        reasons,
        c.sequence,
        d.description,
        c.updatedAt);
  }

  static Schedule toApi(Range r, List<Entry> entries) {
    List<ScheduleItem> items = new ArrayList<>();
    for (Entry e : entries) {
      items.add(
          new ScheduleItem()
              .type(Enums.map(e.type(), org.lcp.api.model.ScheduleItemType.class))
              .id(e.id())
              .collaborativeId(e.collaborativeId())
              .collaborativeTitle(e.collaborativeTitle())
              .title(e.title())
              .sessionNumber(e.sessionNumber())
              .callKind(Enums.map(e.callKind(), org.lcp.api.model.CallKind.class))
              .allDay(e.allDay())
              .startDate(e.startDate())
              .endDate(e.endDate())
              .start(e.start() == null ? null : e.start().format(LOCAL))
              .timeZone(e.timeZone())
              .startsAt(Times.utc(e.startsAt()))
              .endsAt(Times.utc(e.endsAt()))
              .state(Enums.map(e.state(), org.lcp.api.model.CallState.class))
              .mode(Enums.map(e.mode(), ScheduleItem.ModeEnum.class))
              .location(e.location())
              .joinUrl(e.joinUrl())
              .phoneNumber(e.phoneNumber())
              .accessCode(e.accessCode())
              .audience(Enums.map(e.audience(), org.lcp.api.model.CallAudience.class))
              .teamId(e.teamId())
              .teamName(e.teamName())
              .facilitatorName(e.facilitatorName())
              .reasons(
                  e.reasons().stream()
                      .map(x -> Enums.map(x, org.lcp.api.model.ScheduleReason.class))
                      .toList()));
    }
    return new Schedule().from(r.from()).to(r.to()).items(items);
  }

  static ZoneId zone(String id) {
    if (id == null) {
      return ZoneOffset.UTC;
    }
    try {
      return ZoneId.of(id);
    } catch (RuntimeException e) {
      return ZoneOffset.UTC;
    }
  }
}
