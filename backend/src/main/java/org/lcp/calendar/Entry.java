package org.lcp.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.UUID;
import org.lcp.consultation.CallAudience;
import org.lcp.consultation.CallKind;
import org.lcp.consultation.CallState;

/**
 * One learning session or call in a schedule, with what a calendar needs of it (its UID comes from
 * type and id; sequence rises when it moves or is cancelled).
 */
public record Entry(
    ScheduleItemType type,
    UUID id,
    UUID collaborativeId,
    String collaborativeTitle,
    String title,
    Integer sessionNumber,
    CallKind callKind,
    boolean allDay,
    LocalDate startDate,
    LocalDate endDate,
    LocalDateTime start,
    String timeZone,
    Instant startsAt,
    Instant endsAt,
    CallState state,
    ScheduleMode mode,
    String location,
    String joinUrl,
    String phoneNumber,
    String accessCode,
    CallAudience audience,
    UUID teamId,
    String teamName,
    String facilitatorName,
    EnumSet<ScheduleReason> reasons,
    int sequence,
    String description,
    Instant updatedAt) {

  /** The iCalendar UID: stable for the life of the session or call. */
  public String uid() {
    return (type == ScheduleItemType.LEARNING_SESSION ? "learning-session-" : "call-")
        + id
        + "@lcp";
  }

  /** The same event, cancelled, at this sequence. */
  public Entry cancelled(int newSequence) {
    return new Entry(
        type,
        id,
        collaborativeId,
        collaborativeTitle,
        title,
        sessionNumber,
        callKind,
        allDay,
        startDate,
        endDate,
        start,
        timeZone,
        startsAt,
        endsAt,
        CallState.CANCELLED,
        mode,
        location,
        joinUrl,
        phoneNumber,
        accessCode,
        audience,
        teamId,
        teamName,
        facilitatorName,
        reasons,
        newSequence,
        description,
        updatedAt);
  }
}
