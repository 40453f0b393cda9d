package org.lcp.consultation;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.lcp.api.model.CallArchiveInput;
import org.lcp.api.model.CallAudience;
import org.lcp.api.model.CallInput;
import org.lcp.api.model.CallKind;
import org.lcp.api.model.CallMode;
import org.lcp.api.model.CallSeriesChange;
import org.lcp.api.model.CallSeriesInput;
import org.lcp.api.model.CallState;
import org.lcp.api.model.CallUpdate;
import org.lcp.collaborative.Phase;
import org.lcp.collaborative.Collaborative;
import org.lcp.common.security.CollaborativePolicy;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Caller;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Times;
import org.lcp.team.Team;

/**
 * Calls and call series: scheduling (one call, or a series from a rule), changing a series from one
 * call onward, moving or cancelling one call, and the archive entry after a call.
 */
@ApplicationScoped
public class CallService {

  private final EntityManager em;
  private final AuditLog audit;

  public CallService(EntityManager em, AuditLog audit) {
    this.em = em;
    this.audit = audit;
  }

  /** What calls of one series (or one call) share: everything but the time. */
  record Details(CallKind kind, String topic, String description, String timeZone, int durationMinutes,
      UUID facilitatorUserId, CallAudience audience, UUID teamId, CallMode mode, String joinUrl, String phoneNumber,
      String accessCode) {
  }

  // ---- reading ----------------------------------------------------------------------------------

  @Transactional
  public Call get(UUID id) {
    Call c = em.find(Call.class, id);
    if (c == null) {
      throw ApiException.notFound("call", id);
    }
    return c;
  }

  @Transactional
  public CallSeries series(UUID id) {
    CallSeries s = em.find(CallSeries.class, id);
    if (s == null) {
      throw ApiException.notFound("call series", id);
    }
    return s;
  }

  @Transactional
  public List<Call> callsOf(CallSeries s) {
    return em.createQuery("from Call where seriesId = :s order by startsAt, id", Call.class)
        .setParameter("s", s.id).getResultList();
  }

  /** Visible calls of a collaborative by start, with the filters of listCalls. */
  @Transactional
  public Paging<Call> list(UUID collaborativeId, CallVisibility.Viewer viewer, LocalDate from, LocalDate to,
      CallKind kind, CallState state, UUID teamId, UUID seriesId, Integer page, Integer size) {
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.invalid(List.of(Violation.query("to", "must be on or after from (" + from + ")")));
    }
    Map<String, Object> params = new HashMap<>();
    StringBuilder where = new StringBuilder("c.collaborativeId = :collaborative and ")
        .append(viewer.where("c", params));
    params.put("collaborative", collaborativeId);
    if (from != null) {
      where.append(" and c.localStart >= :from");
      params.put("from", from.atStartOfDay());
    }
    if (to != null) {
      where.append(" and c.localStart < :to");
      params.put("to", to.plusDays(1).atStartOfDay());
    }
    if (kind != null) {
      where.append(" and c.kind = :kind");
      params.put("kind", kind);
    }
    if (state != null) {
      where.append(" and c.state = :state");
      params.put("state", state);
    }
    if (teamId != null) {
      where.append(" and c.teamId = :team");
      params.put("team", teamId);
    }
    if (seriesId != null) {
      where.append(" and c.seriesId = :series");
      params.put("series", seriesId);
    }
    return page("from Call c where " + where + " order by c.startsAt, c.id",
        "select count(c) from Call c where " + where, params, page, size);
  }

  private Paging<Call> page(String jpql, String countJpql, Map<String, Object> params, Integer page, Integer size) {
    int p = page == null ? 0 : page;
    int s = size == null ? Paging.DEFAULT_SIZE : size;
    TypedQuery<Call> q = em.createQuery(jpql, Call.class);
    TypedQuery<Long> count = em.createQuery(countJpql, Long.class);
    params.forEach((k, v) -> {
      q.setParameter(k, v);
      count.setParameter(k, v);
    });
    List<Call> items = q.setFirstResult(p * s).setMaxResults(s).getResultList();
    return new Paging<>(items, p, s, count.getSingleResult());
  }

  /**
   * Archived calls the viewer may see, newest first; {@code q} matches part of the topic or of a
   * topic covered, {@code topic} one topic covered exactly (both ignoring case).
   */
  @Transactional
  public Paging<Call> searchArchive(UUID collaborativeId, CallVisibility.Viewer viewer, String q, String topic,
      Integer page, Integer size) {
    StringBuilder sql = new StringBuilder("select c.id from scheduled_call c where c.collaborative_id = ?1 "
        + "and c.archived_at is not null");
    List<Object> args = new ArrayList<>();
    args.add(collaborativeId);
    String text = Times.text(q);
    if (text != null) {
      args.add("%" + like(text.toLowerCase(Locale.ROOT)) + "%");
      int i = args.size();
      sql.append(" and (lower(c.topic) like ?").append(i).append(" escape '\\' or exists (select 1 from ")
          .append("unnest(c.archive_topics) t where lower(t) like ?").append(i).append(" escape '\\'))");
    }
    String exact = Times.text(topic);
    if (exact != null) {
      args.add(exact.toLowerCase(Locale.ROOT));
      sql.append(" and exists (select 1 from unnest(c.archive_topics) t where lower(t) = ?").append(args.size())
          .append(")");
    }
    var query = em.createNativeQuery(sql.toString());
    for (int i = 0; i < args.size(); i++) {
      query.setParameter(i + 1, args.get(i));
    }
    @SuppressWarnings("unchecked")
    List<UUID> ids = query.getResultList();
    if (ids.isEmpty()) {
      return new Paging<>(List.of(), page == null ? 0 : page, size == null ? Paging.DEFAULT_SIZE : size, 0);
    }
    Map<String, Object> params = new HashMap<>();
    String where = "c.id in :ids and " + viewer.where("c", params);
    params.put("ids", ids);
    return page("from Call c where " + where + " order by c.startsAt desc, c.id",
        "select count(c) from Call c where " + where, params, page, size);
  }

  private static String like(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  // ---- scheduling -------------------------------------------------------------------------------

  @Transactional
  public Call create(Collaborative c, CallInput in) {
    CollaborativePolicy.requireWritable(c.ref());
    CallKind kind = in.getKind() == null ? CallKind.CONSULTATION : in.getKind();
    requirePhaseFor(c, kind);
    Details d = new Details(kind, in.getTopic(), in.getDescription(), in.getTimeZone(), in.getDurationMinutes(),
        in.getFacilitatorUserId(), in.getAudience(), in.getTeamId(), in.getMode(), in.getJoinUrl(),
        in.getPhoneNumber(), in.getAccessCode());
    List<Violation> v = new ArrayList<>();
    ZoneId zone = validate(c, d, v);
    LocalDateTime local = localStart(in.getStart(), v);
    if (!v.isEmpty()) {
      throw ApiException.invalid(v);
    }
    Call call = newCall(c, d, zone, local, null, Instant.now());
    em.persist(call);
    audit.record("call.scheduled", subject(call), null, call.snapshot(), null);
    em.flush();
    return call;
  }

  @Transactional
  public CallSeries createSeries(Collaborative c, CallSeriesInput in) {
    CollaborativePolicy.requireWritable(c.ref());
    CallKind kind = in.getKind() == null ? CallKind.CONSULTATION : in.getKind();
    requirePhaseFor(c, kind);
    Details d = new Details(kind, in.getTopic(), in.getDescription(), in.getTimeZone(), in.getDurationMinutes(),
        in.getFacilitatorUserId(), in.getAudience(), in.getTeamId(), in.getMode(), in.getJoinUrl(),
        in.getPhoneNumber(), in.getAccessCode());
    List<Violation> v = new ArrayList<>();
    ZoneId zone = validate(c, d, v);
    LocalTime time = LocalTime.parse(in.getStartTime());
    DayOfWeek weekday = DayOfWeek.valueOf(in.getWeekday().toString());
    List<LocalDateTime> starts = zone == null ? List.of()
        : starts(new RuleInput(weekday, time, zone, in.getStartDate(), in.getIntervalWeeks(), in.getUntil(),
            in.getCount()), v);
    if (!v.isEmpty()) {
      throw ApiException.invalid(v);
    }
    Instant now = Instant.now();
    CallSeries s = new CallSeries();
    s.id = UUID.randomUUID();
    s.collaborativeId = c.id;
    s.kind = kind;
    s.created(now);
    applyRule(s, d, weekday, time, starts.get(0).toLocalDate(), in.getIntervalWeeks(), in.getUntil(), in.getCount());
    em.persist(s);
    for (LocalDateTime local : starts) {
      em.persist(newCall(c, d, zone, local, s.id, now));
    }
    audit.record("call-series.scheduled", seriesSubject(s), null, s.snapshot(), null);
    em.flush();
    return s;
  }

  private record RuleInput(DayOfWeek weekday, LocalTime time, ZoneId zone, LocalDate startDate, int intervalWeeks,
      LocalDate until, Integer count) {
  }

  /** The rule's local starts, or violations naming until/count. */
  private static List<LocalDateTime> starts(RuleInput r, List<Violation> v) {
    if ((r.until() == null) == (r.count() == null)) {
      String message = "give exactly one of until and count";
      v.add(Violation.body("until", message));
      v.add(Violation.body("count", message));
      return List.of();
    }
    List<LocalDateTime> starts = Recurrence.localStarts(new Recurrence.Rule(r.weekday(), r.time(), r.zone(),
        r.startDate(), r.intervalWeeks(), r.until(), r.count()));
    if (starts.isEmpty()) {
      v.add(Violation.body("until", "is before the first " + r.weekday().toString().toLowerCase(Locale.ROOT)
          + " on or after " + r.startDate() + "; the rule makes no call"));
    } else if (starts.size() > Recurrence.MAX) {
      v.add(Violation.body("until", "the rule makes more than " + Recurrence.MAX + " calls; choose an earlier date"));
    }
    return starts;
  }

  private static void applyRule(CallSeries s, Details d, DayOfWeek weekday, LocalTime time, LocalDate startDate,
      int intervalWeeks, LocalDate until, Integer count) {
    s.topic = d.topic().trim();
    s.description = Times.text(d.description());
    s.weekday = weekday;
    s.startTime = time;
    s.timeZone = ZoneId.of(d.timeZone().trim()).getId();
    s.startDate = startDate;
    s.intervalWeeks = intervalWeeks;
    s.untilDate = until;
    s.occurrenceCount = count;
    s.durationMinutes = d.durationMinutes();
    s.facilitatorUserId = d.facilitatorUserId();
    s.audience = d.audience();
    s.teamId = d.teamId();
    s.mode = d.mode();
    s.joinUrl = Times.text(d.joinUrl());
    s.phoneNumber = Times.text(d.phoneNumber());
    s.accessCode = Times.text(d.accessCode());
  }

  private static void requirePhaseFor(Collaborative c, CallKind kind) {
    if (kind == CallKind.INFORMATIONAL && c.phase != Phase.DRAFT && c.phase != Phase.ANNOUNCED) {
      throw ApiException.conflict("informational calls are scheduled before applications open (DRAFT or "
          + "ANNOUNCED); the collaborative is " + c.phase);
    }
  }

  /** Checks the details against the collaborative; answers the zone, or null when it is invalid. */
  private ZoneId validate(Collaborative c, Details d, List<Violation> v) {
    ZoneId zone = null;
    try {
      zone = ZoneId.of(d.timeZone().trim());
    } catch (DateTimeException e) {
      v.add(Violation.body("timeZone", "must be an IANA time zone such as America/New_York"));
    }
    boolean faculty = !em.createNativeQuery(
            "select 1 from faculty_assignment where collaborative_id = ?1 and user_id = ?2")
        .setParameter(1, c.id).setParameter(2, d.facilitatorUserId()).getResultList().isEmpty();
    if (!faculty) {
      v.add(Violation.body("facilitatorUserId", "is not a faculty member of this collaborative"));
    }
    if (d.kind() == CallKind.INFORMATIONAL && d.audience() != CallAudience.COLLABORATIVE) {
      v.add(Violation.body("audience", "an informational call is for the whole collaborative (COLLABORATIVE)"));
    } else if (d.audience() == CallAudience.TEAM) {
      if (d.teamId() == null) {
        v.add(Violation.body("teamId", "is required for audience TEAM"));
      } else {
        Team t = em.find(Team.class, d.teamId());
        if (t == null || !t.collaborativeId.equals(c.id)) {
          v.add(Violation.body("teamId", "is not a team enrolled in this collaborative"));
        }
      }
    } else if (d.teamId() != null) {
      v.add(Violation.body("teamId", "must be absent for audience COLLABORATIVE"));
    }
    if (d.mode() == CallMode.VIDEO && Times.text(d.joinUrl()) == null) {
      v.add(Violation.body("joinUrl", "is required for a VIDEO call"));
    }
    if (d.mode() == CallMode.PHONE && Times.text(d.phoneNumber()) == null) {
      v.add(Violation.body("phoneNumber", "is required for a PHONE call"));
    }
    return zone;
  }

  private static LocalDateTime localStart(String start, List<Violation> v) {
    try {
      return LocalDateTime.parse(start);
    } catch (DateTimeParseException e) {
      v.add(Violation.body("start", "is not a valid date and time (YYYY-MM-DDTHH:MM)"));
      return null;
    }
  }

  private static Call newCall(Collaborative c, Details d, ZoneId zone, LocalDateTime local, UUID seriesId,
      Instant now) {
    Call call = new Call();
    call.id = UUID.randomUUID();
    call.collaborativeId = c.id;
    call.seriesId = seriesId;
    call.kind = d.kind();
    call.state = CallState.SCHEDULED;
    call.created(now);
    applyDetails(call, d);
    retime(call, local, zone, d.durationMinutes());
    return call;
  }

  private static void applyDetails(Call call, Details d) {
    call.topic = d.topic().trim();
    call.description = Times.text(d.description());
    call.facilitatorUserId = d.facilitatorUserId();
    call.audience = d.audience();
    call.teamId = d.teamId();
    call.mode = d.mode();
    call.joinUrl = Times.text(d.joinUrl());
    call.phoneNumber = Times.text(d.phoneNumber());
    call.accessCode = Times.text(d.accessCode());
  }

  /** Sets the time; answers whether it changed (then the calendar sequence must rise). */
  private static boolean retime(Call call, LocalDateTime local, ZoneId zone, int durationMinutes) {
    ZonedDateTime start = Recurrence.resolve(local, zone);
    Instant startsAt = start.toInstant();
    Instant endsAt = startsAt.plus(Duration.ofMinutes(durationMinutes));
    boolean changed = !startsAt.equals(call.startsAt) || !endsAt.equals(call.endsAt)
        || !zone.getId().equals(call.timeZone) || !local.equals(call.localStart);
    call.localStart = local;
    call.timeZone = zone.getId();
    call.startsAt = startsAt;
    call.endsAt = endsAt;
    call.durationMinutes = durationMinutes;
    return changed;
  }

  // ---- one call ---------------------------------------------------------------------------------

  @Transactional
  public Call update(Collaborative c, UUID id, String ifMatch, CallUpdate in) {
    Call call = get(id);
    ETags.require(ifMatch, call.version);
    CollaborativePolicy.requireWritable(c.ref());
    requireScheduled(call, "changed");
    Details d = new Details(call.kind, in.getTopic(), in.getDescription(), in.getTimeZone(), in.getDurationMinutes(),
        in.getFacilitatorUserId(), in.getAudience(), in.getTeamId(), in.getMode(), in.getJoinUrl(),
        in.getPhoneNumber(), in.getAccessCode());
    List<Violation> v = new ArrayList<>();
    ZoneId zone = validate(c, d, v);
    LocalDateTime local = localStart(in.getStart(), v);
    if (!v.isEmpty()) {
      throw ApiException.invalid(v);
    }
    Map<String, Object> before = call.snapshot();
    applyDetails(call, d);
    if (retime(call, local, zone, d.durationMinutes())) {
      call.sequence++;
    }
    call.updatedAt = Instant.now();
    var diff = AuditLog.diff(before, call.snapshot());
    audit.record("call.updated", subject(call), diff.get("before"), diff.get("after"), null);
    em.flush();
    return call;
  }

  @Transactional
  public Call cancel(Collaborative c, UUID id, String ifMatch, String reason) {
    Call call = get(id);
    ETags.require(ifMatch, call.version);
    CollaborativePolicy.requireWritable(c.ref());
    requireScheduled(call, "cancelled");
    Map<String, Object> before = call.snapshot();
    cancel(call, Times.text(reason), Instant.now());
    audit.record("call.cancelled", subject(call), before, call.snapshot(), call.cancellationReason);
    em.flush();
    return call;
  }

  private static void cancel(Call call, String reason, Instant now) {
    call.state = CallState.CANCELLED;
    call.cancellationReason = reason;
    call.sequence++;
    call.updatedAt = now;
  }

  private static void requireScheduled(Call call, String what) {
    if (call.state != CallState.SCHEDULED) {
      throw ApiException.conflict("the call of " + call.localStart.toLocalDate() + " is " + call.state
          + "; only a SCHEDULED call can be " + what);
    }
  }

  @Transactional
  public Call saveArchive(Collaborative c, UUID id, String ifMatch, CallArchiveInput in, Caller caller) {
    Call call = get(id);
    ETags.require(ifMatch, call.version);
    CollaborativePolicy.requireWritable(c.ref());
    Instant now = Instant.now();
    if (call.state == CallState.CANCELLED) {
      throw ApiException.conflict("the call of " + call.localStart.toLocalDate() + " was cancelled; it has no archive");
    }
    if (!call.hasStarted(now)) {
      throw ApiException.conflict("the call starts at " + call.startsAt + "; its archive entry is written afterwards");
    }
    Set<String> seen = new LinkedHashSet<>();
    List<String> topics = new ArrayList<>();
    for (String t : in.getTopicsCovered()) {
      String trimmed = t.trim();
      if (seen.add(trimmed.toLowerCase(Locale.ROOT))) {
        topics.add(trimmed);
      }
    }
    Map<String, Object> before = archiveSnapshot(call);
    call.archiveNotes = Times.text(in.getNotes());
    call.archiveRecordingUrl = Times.text(in.getRecordingUrl());
    call.archiveSlidesUrl = Times.text(in.getSlidesUrl());
    call.archiveTopics = topics.toArray(String[]::new);
    call.archivedAt = now;
    call.archivedByName = caller.displayName();
    if (call.state == CallState.SCHEDULED) {
      call.state = CallState.HELD;
    }
    call.updatedAt = now;
    audit.record("call.archived", subject(call), before, archiveSnapshot(call), null);
    em.flush();
    return call;
  }

  private static Map<String, Object> archiveSnapshot(Call c) {
    if (c.archivedAt == null) {
      return null;
    }
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("notes", c.archiveNotes);
    m.put("recordingUrl", c.archiveRecordingUrl);
    m.put("slidesUrl", c.archiveSlidesUrl);
    m.put("topicsCovered", c.archiveTopics == null ? List.of() : List.of(c.archiveTopics));
    return m;
  }

  // ---- a series from one call onward ------------------------------------------------------------

  private CallSeries lockSeries(UUID id) {
    CallSeries s = em.find(CallSeries.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (s == null) {
      throw ApiException.notFound("call series", id);
    }
    return s;
  }

  private static Call member(List<Call> calls, UUID id) {
    return calls.stream().filter(x -> x.id.equals(id)).findFirst().orElseThrow(() ->
        ApiException.invalid(List.of(Violation.body("fromCallId", "is not a call of this series"))));
  }

  /**
   * The calls from {@code from} onward are re-timed in order by the new rule and keep their ids; the
   * ones it no longer needs are cancelled and missing ones added. Earlier calls keep.
   */
  @Transactional
  public CallSeries change(Collaborative c, UUID seriesId, String ifMatch, CallSeriesChange in) {
    CallSeries s = lockSeries(seriesId);
    ETags.require(ifMatch, s.version);
    CollaborativePolicy.requireWritable(c.ref());
    List<Call> calls = callsOf(s);
    Call from = member(calls, in.getFromCallId());
    if (from.state != CallState.SCHEDULED) {
      throw ApiException.conflict("the call of " + from.localStart.toLocalDate() + " is " + from.state
          + "; change the series from a scheduled call");
    }
    List<Call> later = calls.stream().filter(x -> !x.startsAt.isBefore(from.startsAt)).toList();
    for (Call x : later) {
      if (x.state == CallState.HELD) {
        throw ApiException.conflict("the call of " + x.localStart.toLocalDate() + " was already held; change the "
            + "series from a later call");
      }
    }
    Details d = new Details(s.kind, in.getTopic(), in.getDescription(), in.getTimeZone(), in.getDurationMinutes(),
        in.getFacilitatorUserId(), in.getAudience(), in.getTeamId(), in.getMode(), in.getJoinUrl(),
        in.getPhoneNumber(), in.getAccessCode());
    List<Violation> v = new ArrayList<>();
    ZoneId zone = validate(c, d, v);
    LocalTime time = LocalTime.parse(in.getStartTime());
    DayOfWeek weekday = DayOfWeek.valueOf(in.getWeekday().toString());
    List<LocalDateTime> starts = zone == null ? List.of()
        : starts(new RuleInput(weekday, time, zone, from.localStart.toLocalDate(), in.getIntervalWeeks(),
            in.getUntil(), in.getCount()), v);
    if (!v.isEmpty()) {
      throw ApiException.invalid(v);
    }
    Instant now = Instant.now();
    Map<String, Object> before = s.snapshot();
    List<Call> targets = later.stream().filter(x -> x.state == CallState.SCHEDULED).toList();
    for (int i = 0; i < Math.max(targets.size(), starts.size()); i++) {
      if (i < targets.size() && i < starts.size()) {
        Call call = targets.get(i);
        applyDetails(call, d);
        if (retime(call, starts.get(i), zone, d.durationMinutes())) {
          call.sequence++;
        }
        call.updatedAt = now;
      } else if (i < targets.size()) {
        cancel(targets.get(i), "no longer part of the series after it was changed", now);
      } else {
        em.persist(newCall(c, d, zone, starts.get(i), s.id, now));
      }
    }
    applyRule(s, d, weekday, time, starts.get(0).toLocalDate(), in.getIntervalWeeks(), in.getUntil(), in.getCount());
    s.updatedAt = now;
    var diff = AuditLog.diff(before, s.snapshot());
    Map<String, Object> after = new java.util.LinkedHashMap<>(diff.get("after"));
    after.put("fromCallId", from.id.toString());
    audit.record("call-series.changed", seriesSubject(s), diff.get("before"), after, null);
    em.flush();
    return s;
  }

  @Transactional
  public CallSeries cancelSeries(Collaborative c, UUID seriesId, String ifMatch, UUID fromCallId, String reason) {
    CallSeries s = lockSeries(seriesId);
    ETags.require(ifMatch, s.version);
    CollaborativePolicy.requireWritable(c.ref());
    List<Call> calls = callsOf(s);
    Instant threshold = fromCallId == null ? Instant.MIN : member(calls, fromCallId).startsAt;
    Instant now = Instant.now();
    String why = Times.text(reason);
    int cancelled = 0;
    for (Call call : calls) {
      if (call.state == CallState.SCHEDULED && !call.startsAt.isBefore(threshold)) {
        cancel(call, why, now);
        cancelled++;
      }
    }
    s.updatedAt = now;
    Map<String, Object> after = new java.util.LinkedHashMap<>();
    after.put("fromCallId", fromCallId == null ? null : fromCallId.toString());
    after.put("cancelled", cancelled);
    audit.record("call-series.cancelled", seriesSubject(s), null, after, why);
    em.flush();
    return s;
  }

  static Subject subject(Call c) {
    return new Subject("call", c.id, null, c.collaborativeId);
  }

  private static Subject seriesSubject(CallSeries s) {
    return new Subject("call-series", s.id, null, s.collaborativeId);
  }
}
