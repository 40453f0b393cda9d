package org.lcp.consultation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.CallArchive;
import org.lcp.api.model.CallRegistrationAttendee;
import org.lcp.api.model.Weekday;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Times;
import org.lcp.consultation.CallNames.Names;
import org.lcp.consultation.CallRegistration.Attendee;
import org.lcp.session.AttendanceStatus;

/**
 * Between calls, series and registrations and the API's shapes: pure functions of what they are
 * given.
 */
public final class CallViews {

  static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private CallViews() {}

  // ---- in
  // -----------------------------------------------------------------------------------------

  /**
   * The eleven details a call or series is given, read by name from any of the four inputs that
   * carry them (CallInput, CallUpdate, CallSeriesInput, CallSeriesChange: generated classes without
   * a common type); whatever else the input holds is read by the service.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record DetailsInput(
      String topic,
      String description,
      String timeZone,
      int durationMinutes,
      UUID facilitatorUserId,
      CallAudience audience,
      UUID teamId,
      CallMode mode,
      String joinUrl,
      String phoneNumber,
      String accessCode) {}

  /**
   * Reads and writes the details by property name (the inputs also carry dates, hence java.time).
   */
  private static final ObjectMapper JSON =
      JsonMapper.builder().addModule(new JavaTimeModule()).build();

  /** The details as given, trimmed (blank optional text is absent); the service checks them. */
  static CallDetails details(Object input) {
    DetailsInput g = JSON.convertValue(input, DetailsInput.class);
    CallDetails d = new CallDetails();
    d.topic = g.topic().trim();
    d.description = Times.text(g.description());
    d.timeZone = g.timeZone().trim();
    d.durationMinutes = g.durationMinutes();
    d.facilitatorUserId = g.facilitatorUserId();
    d.audience = g.audience();
    d.teamId = g.teamId();
    d.mode = g.mode();
    d.joinUrl = Times.text(g.joinUrl());
    d.phoneNumber = Times.text(g.phoneNumber());
    d.accessCode = Times.text(g.accessCode());
    return d;
  }

  static CallKind kind(org.lcp.api.model.CallKind kind) {
    return kind == null ? CallKind.CONSULTATION : Enums.map(kind, CallKind.class);
  }

  // ---- out
  // ----------------------------------------------------------------------------------------

  /** A call without its seats (a call of a series: never a webinar with a capacity). */
  static org.lcp.api.model.Call toApi(Call c, Names n) {
    return toApi(c, n, RegistrationRepository.Seats.NONE);
  }

  /**
   * A call; one with a capacity shows its seats taken and the registrations waiting ({@code seats},
   * from {@link RegistrationRepository#seats}).
   */
  static org.lcp.api.model.Call toApi(Call c, Names n, RegistrationRepository.Seats seats) {
    return withDetails(new org.lcp.api.model.Call(), c.details, n)
        .id(c.id)
        .collaborativeId(c.collaborativeId)
        .collaborativeTitle(n.collaboratives().get(c.collaborativeId))
        .kind(Enums.map(c.kind, org.lcp.api.model.CallKind.class))
        .seriesId(c.seriesId)
        .start(c.localStart.format(LOCAL))
        .startsAt(Times.utc(c.startsAt))
        .endsAt(Times.utc(c.endsAt))
        .state(Enums.map(c.state, org.lcp.api.model.CallState.class))
        .cancellationReason(c.cancellationReason)
        .sequence(c.sequence)
        .capacity(c.capacity)
        .seatsTaken(c.capacity == null ? null : Math.toIntExact(seats.taken()))
        .waiting(c.capacity == null ? null : Math.toIntExact(seats.waiting()))
        .archive(
            c.archivedAt == null
                ? null
                : new CallArchive()
                    .notes(c.archiveNotes)
                    .recordingUrl(c.archiveRecordingUrl)
                    .slidesUrl(c.archiveSlidesUrl)
                    .topicsCovered(
                        c.archiveTopics == null ? List.of() : Arrays.asList(c.archiveTopics))
                    .updatedAt(Times.utc(c.archivedAt))
                    .updatedBy(c.archivedByName))
        .createdAt(Times.utc(c.createdAt))
        .updatedAt(Times.utc(c.updatedAt));
  }

  static org.lcp.api.model.CallSeries toApi(CallSeries s, List<Call> calls, Names n) {
    return withDetails(new org.lcp.api.model.CallSeries(), s.details, n)
        .id(s.id)
        .collaborativeId(s.collaborativeId)
        .kind(Enums.map(s.kind, org.lcp.api.model.CallKind.class))
        .weekday(Weekday.fromValue(s.weekday.toString()))
        .startTime(s.startTime.format(TIME))
        .startDate(s.startDate)
        .intervalWeeks(s.intervalWeeks)
        .until(s.untilDate)
        .count(s.occurrenceCount)
        .calls(calls.stream().map(c -> toApi(c, n)).toList())
        .createdAt(Times.utc(s.createdAt))
        .updatedAt(Times.utc(s.updatedAt));
  }

  /**
   * A call's or a series' details as the API shows them: the same properties on both (named as the
   * fields of {@link CallDetails}), with the facilitator's and the team's names.
   */
  private static <T> T withDetails(T target, CallDetails d, Names n) {
    Map<String, Object> shown = JSON.convertValue(d, new TypeReference<Map<String, Object>>() {});
    shown.put("facilitatorName", n.people().get(d.facilitatorUserId));
    shown.put("teamName", d.teamId == null ? null : n.teams().get(d.teamId));
    try {
      return JSON.updateValue(target, shown);
    } catch (JsonMappingException e) {
      throw new IllegalStateException("the API model has no property for a call's details", e);
    }
  }

  /**
   * A registration with its attendees (in the order named) and their attendance, its organisation's
   * name and, while it waits, its place on the call's waitlist.
   */
  static org.lcp.api.model.CallRegistration toApi(
      CallRegistration r,
      List<Attendee> attendees,
      Map<UUID, AttendanceStatus> status,
      String organizationName,
      Integer waitlistPosition) {
    List<CallRegistrationAttendee> people =
        attendees.stream()
            .map(
                a ->
                    new CallRegistrationAttendee()
                        .id(a.id)
                        .name(a.name)
                        .email(a.email)
                        .status(
                            Enums.map(status.get(a.id), org.lcp.api.model.AttendanceStatus.class)))
            .toList();
    boolean attended =
        attendees.stream()
            .map(a -> status.get(a.id))
            .anyMatch(s -> s == AttendanceStatus.PRESENT || s == AttendanceStatus.PARTIAL);
    return new org.lcp.api.model.CallRegistration()
        .id(r.id)
        .etag(ETags.of(r.version))
        .status(Enums.map(r.status, org.lcp.api.model.CallRegistrationStatus.class))
        .promotedAt(Times.utc(r.promotedAt))
        .waitlistPosition(r.status == CallRegistration.Status.WAITLISTED ? waitlistPosition : null)
        .callId(r.callId)
        .organizationId(r.organizationId)
        .organizationName(organizationName)
        .attendees(people)
        .attended(attended)
        .registeredBy(r.registeredByName)
        .createdAt(Times.utc(r.createdAt))
        .updatedAt(Times.utc(r.updatedAt));
  }
}
