package org.lcp.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.lcp.api.model.CallAudience;
import org.lcp.api.model.CallKind;
import org.lcp.api.model.CallState;
import org.lcp.api.model.ScheduleItemType;
import org.lcp.api.model.ScheduleReason;
import org.lcp.consultation.Call;
import org.lcp.consultation.CallViews;
import org.lcp.consultation.CallVisibility;
import org.lcp.session.LearningSession;

/**
 * What a person is expected at (learning sessions and calls of the collaboratives they are faculty
 * of or enrolled in, and informational calls their organisation registered for), and what a
 * collaborative holds, in a date range.
 */
@ApplicationScoped
public class ScheduleService {

  private final EntityManager em;
  private final CallViews views;

  public ScheduleService(EntityManager em, CallViews views) {
    this.em = em;
    this.views = views;
  }

  /** Where a person stands: faculty of, member of, and their teams with the collaborative of each. */
  public record Standing(Set<UUID> facultyOf, Set<UUID> organizations, Map<UUID, UUID> teamCollaboratives) {
    Set<UUID> enrolledIn() {
      return new HashSet<>(teamCollaboratives.values());
    }

    Set<UUID> expectedIn() {
      Set<UUID> all = new HashSet<>(facultyOf);
      all.addAll(enrolledIn());
      return all;
    }
  }

  @Transactional
  public Standing standing(UUID userId) {
    @SuppressWarnings("unchecked")
    List<UUID> faculty = em.createNativeQuery("select collaborative_id from faculty_assignment where user_id = ?1")
        .setParameter(1, userId).getResultList();
    @SuppressWarnings("unchecked")
    List<UUID> orgs = em.createNativeQuery("select organization_id from membership where user_id = ?1")
        .setParameter(1, userId).getResultList();
    Map<UUID, UUID> teams = new HashMap<>();
    if (!orgs.isEmpty()) {
      em.createQuery("select t.id, t.collaborativeId from Team t where t.organizationId in :o", Object[].class)
          .setParameter("o", orgs).getResultList().forEach(r -> teams.put((UUID) r[0], (UUID) r[1]));
    }
    return new Standing(new HashSet<>(faculty), new HashSet<>(orgs), teams);
  }

  /** The collaboratives a person is expected in (faculty or team), with their titles, by title. */
  @Transactional
  public Map<UUID, String> expectedCollaboratives(UUID userId) {
    Set<UUID> ids = standing(userId).expectedIn();
    Map<UUID, String> titles = new LinkedHashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("select c.id, c.title from Collaborative c where c.id in :ids order by c.title, c.id",
          Object[].class).setParameter("ids", ids).getResultList().forEach(r -> titles.put((UUID) r[0], (String) r[1]));
    }
    return titles;
  }

  /** A person's schedule between two days (inclusive). */
  @Transactional
  public List<Entry> person(UUID userId, LocalDate from, LocalDate to) {
    Standing st = standing(userId);
    Map<UUID, EnumSet<ScheduleReason>> sessionReasons = new HashMap<>();
    Map<UUID, LearningSession> sessions = new LinkedHashMap<>();
    Set<UUID> enrolled = st.enrolledIn();
    for (LearningSession s : sessions(st.expectedIn(), from, to)) {
      sessions.put(s.id, s);
      EnumSet<ScheduleReason> r = EnumSet.noneOf(ScheduleReason.class);
      if (st.facultyOf().contains(s.collaborativeId)) {
        r.add(ScheduleReason.FACULTY);
      }
      if (enrolled.contains(s.collaborativeId)) {
        r.add(ScheduleReason.TEAM);
      }
      sessionReasons.put(s.id, r);
    }
    Map<UUID, Call> calls = new LinkedHashMap<>();
    Map<UUID, EnumSet<ScheduleReason>> callReasons = new HashMap<>();
    if (!st.facultyOf().isEmpty()) {
      add(calls, callReasons, ScheduleReason.FACULTY, calls("c.collaborativeId in :a", Map.of("a", st.facultyOf()),
          from, to));
    }
    if (!enrolled.isEmpty()) {
      add(calls, callReasons, ScheduleReason.TEAM, calls("c.kind = :k and c.collaborativeId in :a and "
          + "(c.audience = :w or c.teamId in :t)", Map.of("k", CallKind.CONSULTATION, "a", enrolled,
          "w", CallAudience.COLLABORATIVE, "t", st.teamCollaboratives().keySet()), from, to));
    }
    if (!st.organizations().isEmpty()) {
      add(calls, callReasons, ScheduleReason.REGISTERED, calls("c.id in (select r.callId from CallRegistration r "
          + "where r.organizationId in :o)", Map.of("o", st.organizations()), from, to));
    }
    return entries(sessions.values(), sessionReasons, calls.values(), callReasons);
  }

  /** A collaborative's learning sessions and the calls the viewer may see, between two days. */
  @Transactional
  public List<Entry> collaborative(UUID collaborativeId, CallVisibility.Viewer viewer, LocalDate from,
      LocalDate to) {
    Map<String, Object> params = new HashMap<>();
    String where = "c.collaborativeId = :collaborative and " + viewer.where("c", params);
    params.put("collaborative", collaborativeId);
    return entries(sessions(Set.of(collaborativeId), from, to), Map.of(), calls(where, params, from, to), Map.of());
  }

  private List<LearningSession> sessions(Collection<UUID> collaboratives, LocalDate from, LocalDate to) {
    if (collaboratives.isEmpty()) {
      return List.of();
    }
    return em.createQuery("from LearningSession s where s.collaborativeId in :c and s.startDate is not null "
            + "and s.startDate <= :to and coalesce(s.endDate, s.startDate) >= :from order by s.startDate, s.number",
            LearningSession.class)
        .setParameter("c", collaboratives).setParameter("from", from).setParameter("to", to).getResultList();
  }

  private List<Call> calls(String where, Map<String, Object> params, LocalDate from, LocalDate to) {
    var q = em.createQuery("from Call c where " + where + " and c.localStart >= :from and c.localStart < :to "
        + "order by c.startsAt, c.id", Call.class);
    params.forEach(q::setParameter);
    return q.setParameter("from", from.atStartOfDay()).setParameter("to", to.plusDays(1).atStartOfDay())
        .getResultList();
  }

  private static void add(Map<UUID, Call> calls, Map<UUID, EnumSet<ScheduleReason>> reasons, ScheduleReason reason,
      List<Call> found) {
    for (Call c : found) {
      calls.putIfAbsent(c.id, c);
      reasons.computeIfAbsent(c.id, k -> EnumSet.noneOf(ScheduleReason.class)).add(reason);
    }
  }

  private List<Entry> entries(Collection<LearningSession> sessions, Map<UUID, EnumSet<ScheduleReason>> sessionReasons,
      Collection<Call> calls, Map<UUID, EnumSet<ScheduleReason>> callReasons) {
    List<UUID> collaboratives = new ArrayList<>();
    sessions.forEach(s -> collaboratives.add(s.collaborativeId));
    calls.forEach(c -> collaboratives.add(c.collaborativeId));
    CallViews.Names names = views.names(collaboratives, calls.stream().map(c -> c.facilitatorUserId).toList(),
        calls.stream().map(c -> c.teamId).filter(java.util.Objects::nonNull).toList());
    List<Entry> entries = new ArrayList<>();
    for (LearningSession s : sessions) {
      ZoneId zone = zone(s.timeZone);
      LocalDate end = s.endDate != null ? s.endDate : s.startDate;
      boolean started = !s.startDate.isAfter(LocalDate.now(zone));
      entries.add(new Entry(ScheduleItemType.LEARNING_SESSION, s.id, s.collaborativeId,
          names.collaboratives().get(s.collaborativeId), s.title, s.number, null, true, s.startDate, end, null,
          s.timeZone, s.startDate.atStartOfDay(zone).toInstant(), end.plusDays(1).atStartOfDay(zone).toInstant(),
          started ? CallState.HELD : CallState.SCHEDULED, s.mode.toString(), s.location, s.joinUrl, null, null, null,
          null, null, null, sessionReasons.getOrDefault(s.id, EnumSet.noneOf(ScheduleReason.class)), s.sequence,
          s.agenda, s.updatedAt));
    }
    for (Call c : calls) {
      LocalDateTime end = c.localStart.plusMinutes(c.durationMinutes);
      entries.add(new Entry(ScheduleItemType.CALL, c.id, c.collaborativeId,
          names.collaboratives().get(c.collaborativeId), c.topic, null, c.kind, false, c.localStart.toLocalDate(),
          end.toLocalDate(), c.localStart, c.timeZone, c.startsAt, c.endsAt, c.state, c.mode.toString(),
          null, c.joinUrl, c.phoneNumber, c.accessCode, c.audience, c.teamId,
          c.teamId == null ? null : names.teams().get(c.teamId), names.people().get(c.facilitatorUserId),
          callReasons.getOrDefault(c.id, EnumSet.noneOf(ScheduleReason.class)), c.sequence, c.description,
          c.updatedAt));
    }
    entries.sort(Comparator.comparing(Entry::startsAt).thenComparing(Entry::title).thenComparing(Entry::id));
    return entries;
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
