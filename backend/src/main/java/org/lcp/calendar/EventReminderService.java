package org.lcp.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcp.consultation.Call;
import org.lcp.consultation.CallNames;
import org.lcp.consultation.CallNames.Names;
import org.lcp.consultation.CallRepository;
import org.lcp.notification.Notify;
import org.lcp.session.LearningSession;
import org.lcp.session.LearningSessionRepository;

/**
 * The day before: everyone a learning session or a scheduled call concerns is reminded once when it
 * starts between 24 and 48 hours from now. The events are found in one query per kind, their
 * audiences in four; the dedup key (event UID and start) makes a second run, or a second replica,
 * tell nobody twice, while an event moved to another day is reminded of again.
 */
@ApplicationScoped
public class EventReminderService {

  static final String UPCOMING = "schedule.upcoming";
  static final Duration FROM = Duration.ofHours(24);
  static final Duration TO = Duration.ofHours(48);

  private final LearningSessionRepository sessions;
  private final CallRepository calls;
  private final CallNames names;
  private final Audiences audiences;
  private final Event<Notify> notify;

  public EventReminderService(
      LearningSessionRepository sessions,
      CallRepository calls,
      CallNames names,
      Audiences audiences,
      Event<Notify> notify) {
    this.sessions = sessions;
    this.calls = calls;
    this.names = names;
    this.audiences = audiences;
    this.notify = notify;
  }

  /** Reminds of what starts in [now + 24 h, now + 48 h); answers how many requests it made. */
  @Transactional
  public int run(Instant now) {
    Instant from = now.plus(FROM);
    Instant to = now.plus(TO);
    // a session starts at midnight where it is held: a day on either side covers every zone
    List<LearningSession> found =
        sessions
            .startingBetween(
                from.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1),
                to.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1))
            .stream()
            .filter(
                s -> {
                  Instant start =
                      s.startDate.atStartOfDay(ScheduleViews.zone(s.timeZone)).toInstant();
                  return !start.isBefore(from) && start.isBefore(to);
                })
            .toList();
    List<Call> due = calls.startingBetween(from, to);
    if (found.isEmpty() && due.isEmpty()) {
      return 0;
    }
    List<UUID> collaboratives = new ArrayList<>();
    found.forEach(s -> collaboratives.add(s.collaborativeId));
    due.forEach(c -> collaboratives.add(c.collaborativeId));
    Names n =
        names.of(
            collaboratives,
            due.stream().map(c -> c.details.facilitatorUserId).toList(),
            due.stream().map(c -> c.details.teamId).toList());
    int requests = 0;
    Map<UUID, Map<UUID, String>> sessionReaders = audiences.ofSessions(found);
    for (LearningSession s : found) {
      requests +=
          remind(
              ScheduleViews.entry(s, n, EnumSet.noneOf(ScheduleReason.class)),
              sessionReaders.get(s.id));
    }
    Map<UUID, Map<UUID, String>> callReaders = audiences.ofCalls(due);
    for (Call c : due) {
      requests +=
          remind(
              ScheduleViews.entry(c, n, EnumSet.noneOf(ScheduleReason.class)),
              callReaders.get(c.id));
    }
    return requests;
  }

  private int remind(Entry e, Map<UUID, String> readers) {
    if (readers == null || readers.isEmpty()) {
      return 0;
    }
    String key = UPCOMING + ":" + e.uid() + ":" + e.startsAt().getEpochSecond();
    int requests = 0;
    for (Map.Entry<String, List<UUID>> g : ScheduleNotices.groups(readers).entrySet()) {
      ZoneId zone = g.getKey().isEmpty() ? null : ZoneId.of(g.getKey());
      String when = ScheduleNotices.when(e, zone);
      String details = ScheduleNotices.details(e);
      notify.fire(
          new Notify(
              g.getValue(),
              UPCOMING,
              "Tomorrow: " + ScheduleNotices.name(e),
              ScheduleNotices.name(e)
                  + " ("
                  + e.collaborativeTitle()
                  + ") is coming up: "
                  + when
                  + "."
                  + (details.isEmpty() ? "" : "\n" + details),
              e.type() == ScheduleItemType.CALL ? "/calls/" + e.id() : "/schedule",
              key,
              List.of()));
      requests++;
    }
    return requests;
  }
}
