package org.lcp.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.Schedule;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.security.Actor;
import org.lcp.common.security.CalendarPolicy;
import org.lcp.common.security.CallPolicy;
import org.lcp.consultation.Call;
import org.lcp.consultation.CallNames;
import org.lcp.consultation.CallNames.Names;
import org.lcp.consultation.CallRepository;
import org.lcp.session.LearningSession;
import org.lcp.session.LearningSessionRepository;

/**
 * What a person is expected at (learning sessions and calls of the collaboratives they are faculty
 * of or enrolled in, and informational calls their organisation registered for), and what a
 * collaborative holds, in a range of days.
 */
@ApplicationScoped
public class ScheduleService {

  private final CollaborativeRepository collaboratives;
  private final LearningSessionRepository sessions;
  private final CallRepository calls;
  private final CallNames names;
  private final CalendarPolicy calendar;
  private final CallPolicy callPolicy;

  public ScheduleService(
      CollaborativeRepository collaboratives,
      LearningSessionRepository sessions,
      CallRepository calls,
      CallNames names,
      CalendarPolicy calendar,
      CallPolicy callPolicy) {
    this.collaboratives = collaboratives;
    this.sessions = sessions;
    this.calls = calls;
    this.names = names;
    this.calendar = calendar;
    this.callPolicy = callPolicy;
  }

  /** The actor's own schedule between two days (from today, 90 days, by default). */
  @Transactional
  public Schedule mine(Actor actor, LocalDate from, LocalDate to) {
    Range r = Range.of(from, to);
    return ScheduleViews.toApi(r, person(actor, r));
  }

  /** A collaborative's learning sessions and the calls the actor may see between two days. */
  @Transactional
  public Schedule ofCollaborative(Actor actor, UUID collaborativeId, LocalDate from, LocalDate to) {
    Collaborative c = collaboratives.require(collaborativeId);
    CallPolicy.Viewer viewer = callPolicy.viewer(actor, c.ref());
    Range r = Range.of(from, to);
    return ScheduleViews.toApi(r, collaborative(c.id, viewer, r));
  }

  /** What the person is expected at between two days. */
  List<Entry> person(Actor person, Range r) {
    CalendarPolicy.Standing st = calendar.standing(person);
    Map<UUID, EnumSet<ScheduleReason>> sessionReasons = new HashMap<>();
    List<LearningSession> found = sessions.between(st.expectedIn(), r.from(), r.to());
    for (LearningSession s : found) {
      EnumSet<ScheduleReason> reasons = EnumSet.noneOf(ScheduleReason.class);
      if (st.facultyOf().contains(s.collaborativeId)) {
        reasons.add(ScheduleReason.FACULTY);
      }
      if (st.enrolledIn().contains(s.collaborativeId)) {
        reasons.add(ScheduleReason.TEAM);
      }
      sessionReasons.put(s.id, reasons);
    }
    Map<UUID, Call> expected = new LinkedHashMap<>();
    Map<UUID, EnumSet<ScheduleReason>> callReasons = new HashMap<>();
    add(
        expected,
        callReasons,
        ScheduleReason.FACULTY,
        calls.ofCollaboratives(st.facultyOf(), r.from(), r.to()));
    add(
        expected,
        callReasons,
        ScheduleReason.TEAM,
        calls.ofTeams(st.enrolledIn(), st.teamCollaboratives().keySet(), r.from(), r.to()));
    add(
        expected,
        callReasons,
        ScheduleReason.REGISTERED,
        calls.registeredBy(st.organizations(), person.userId(), r.from(), r.to()));
    return entries(found, sessionReasons, expected.values(), callReasons);
  }

  /** A collaborative's learning sessions and the calls the viewer may see between two days. */
  List<Entry> collaborative(UUID collaborativeId, CallPolicy.Viewer viewer, Range r) {
    return entries(
        sessions.between(List.of(collaborativeId), r.from(), r.to()),
        Map.of(),
        calls.visibleIn(collaborativeId, viewer, r.from(), r.to()),
        Map.of());
  }

  private static void add(
      Map<UUID, Call> calls,
      Map<UUID, EnumSet<ScheduleReason>> reasons,
      ScheduleReason reason,
      List<Call> found) {
    for (Call c : found) {
      calls.putIfAbsent(c.id, c);
      reasons.computeIfAbsent(c.id, k -> EnumSet.noneOf(ScheduleReason.class)).add(reason);
    }
  }

  private List<Entry> entries(
      Collection<LearningSession> found,
      Map<UUID, EnumSet<ScheduleReason>> sessionReasons,
      Collection<Call> expected,
      Map<UUID, EnumSet<ScheduleReason>> callReasons) {
    List<UUID> titled = new ArrayList<>();
    found.forEach(s -> titled.add(s.collaborativeId));
    expected.forEach(c -> titled.add(c.collaborativeId));
    Names n =
        names.of(
            titled,
            expected.stream().map(c -> c.details.facilitatorUserId).toList(),
            expected.stream().map(c -> c.details.teamId).toList());
    List<Entry> entries = new ArrayList<>();
    found.forEach(s -> entries.add(ScheduleViews.entry(s, n, reasons(sessionReasons, s.id))));
    expected.forEach(c -> entries.add(ScheduleViews.entry(c, n, reasons(callReasons, c.id))));
    entries.sort(
        Comparator.comparing(Entry::startsAt).thenComparing(Entry::title).thenComparing(Entry::id));
    return entries;
  }

  private static EnumSet<ScheduleReason> reasons(
      Map<UUID, EnumSet<ScheduleReason>> reasons, UUID id) {
    return reasons.getOrDefault(id, EnumSet.noneOf(ScheduleReason.class));
  }
}
