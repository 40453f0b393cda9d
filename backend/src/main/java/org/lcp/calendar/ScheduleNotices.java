package org.lcp.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lcp.consultation.CallNames;
import org.lcp.consultation.CallNames.Names;
import org.lcp.consultation.CallState;
import org.lcp.consultation.CallsRescheduled;
import org.lcp.notification.Notify;
import org.lcp.session.LearningSession;
import org.lcp.session.LearningSessionRescheduled;

/**
 * Tells everyone a learning session or a call concerns ({@link Audiences}) that it was scheduled,
 * moved or cancelled, in the transaction of the change, with an iCalendar invitation attached
 * (REQUEST for one event, CANCEL for a cancellation, PUBLISH for a series' calls; UID and SEQUENCE
 * those of the feeds). Times are written in the zone each person reads times in, so one request
 * goes to each group of people sharing a zone. The person who made the change is not told.
 */
@ApplicationScoped
public class ScheduleNotices {

  static final String SCHEDULED = "schedule.scheduled";
  static final String MOVED = "schedule.moved";
  static final String CANCELLED = "schedule.cancelled";

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private final Audiences audiences;
  private final CallNames names;
  private final Event<Notify> notify;
  private final String organizer;

  public ScheduleNotices(
      Audiences audiences,
      CallNames names,
      Event<Notify> notify,
      @ConfigProperty(name = "quarkus.mailer.from", defaultValue = "no-reply@lcp.example.org")
          String organizer) {
    this.audiences = audiences;
    this.names = names;
    this.notify = notify;
    this.organizer = organizer;
  }

  void onSession(@Observes LearningSessionRescheduled change) {
    LearningSession s = change.session();
    Map<UUID, String> readers = new LinkedHashMap<>(audiences.ofSessions(List.of(s)).get(s.id));
    readers.remove(change.by());
    if (readers.isEmpty()) {
      return;
    }
    Entry e = sessionEntry(s);
    String kind;
    String title;
    String method = "REQUEST";
    switch (change.kind()) {
      case SCHEDULED -> {
        kind = SCHEDULED;
        title = name(e) + " is scheduled: " + dates(e);
      }
      case MOVED -> {
        kind = MOVED;
        title = name(e) + " has changed: " + dates(e);
      }
      default -> {
        kind = CANCELLED;
        method = "CANCEL";
        e = e.cancelled(s.sequence);
        title = name(e) + " is cancelled";
      }
    }
    // a learning session takes whole days where it is held: the same text for every zone
    String body =
        (kind.equals(CANCELLED)
                ? name(e) + " (" + dates(e) + ") is cancelled."
                : name(e) + " takes place " + dates(e) + ".")
            + "\n"
            + details(e)
            + "\nThe calendar invitation is attached; calendar programs update the same event.";
    notify.fire(
        new Notify(
            List.copyOf(readers.keySet()),
            kind,
            title,
            body,
            "/schedule",
            null,
            List.of(attachment(method, e.collaborativeTitle(), List.of(e)))));
  }

  void onCalls(@Observes CallsRescheduled change) {
    if (change.calls().isEmpty()) {
      return;
    }
    Map<UUID, Map<UUID, String>> byCall = audiences.ofCalls(change.calls());
    Names n = names.of(change.calls());
    List<Entry> entries =
        change.calls().stream()
            .map(c -> ScheduleViews.entry(c, n, EnumSet.noneOf(ScheduleReason.class)))
            .toList();
    // everyone concerned by any of the calls, told once for the whole change
    Map<UUID, String> readers = new LinkedHashMap<>();
    byCall.values().forEach(m -> m.forEach(readers::putIfAbsent));
    readers.remove(change.by());
    if (readers.isEmpty()) {
      return;
    }
    String kind =
        switch (change.kind()) {
          case SCHEDULED -> SCHEDULED;
          case MOVED -> MOVED;
          case CANCELLED -> CANCELLED;
        };
    boolean one = change.series() == null && entries.size() == 1;
    String method =
        change.kind() == CallsRescheduled.Kind.CANCELLED ? "CANCEL" : one ? "REQUEST" : "PUBLISH";
    Entry first = entries.get(0);
    Notify.Attachment ics = attachment(method, first.collaborativeTitle(), entries);
    String link = one ? "/calls/" + first.id() : "/schedule";
    Map<String, List<UUID>> groups = groups(readers);
    for (Map.Entry<String, List<UUID>> g : groups.entrySet()) {
      ZoneId zone = g.getKey().isEmpty() ? null : ZoneId.of(g.getKey());
      notify.fire(
          new Notify(
              g.getValue(),
              kind,
              callTitle(change, first, entries.size(), zone),
              callBody(change, entries, zone),
              link,
              null,
              List.of(ics)));
    }
  }

  // ---- text ----------------------------------------------------------------------------------

  /** The people by the zone they read times in ("" for the event's own). */
  static Map<String, List<UUID>> groups(Map<UUID, String> readers) {
    Map<String, List<UUID>> groups = new LinkedHashMap<>();
    readers.forEach(
        (user, zone) ->
            groups.computeIfAbsent(zone == null ? "" : zone, k -> new ArrayList<>()).add(user));
    return groups;
  }

  private static String callTitle(CallsRescheduled change, Entry first, int count, ZoneId zone) {
    String what = name(first);
    if (change.series() != null) {
      String calls = count == 1 ? "1 call" : count + " calls";
      return switch (change.kind()) {
        case SCHEDULED -> what + ": " + calls + " scheduled from " + when(first, zone);
        case MOVED -> what + ": the series changes (" + calls + ")";
        case CANCELLED -> what + ": " + calls + " cancelled";
      };
    }
    return switch (change.kind()) {
      case SCHEDULED -> what + " is scheduled: " + when(first, zone);
      case MOVED -> what + " has changed: " + when(first, zone);
      case CANCELLED -> what + " of " + when(first, zone) + " is cancelled";
    };
  }

  private static String callBody(CallsRescheduled change, List<Entry> entries, ZoneId zone) {
    StringBuilder b = new StringBuilder();
    Entry first = entries.get(0);
    b.append(name(first)).append(" (").append(first.collaborativeTitle()).append(")");
    b.append(
        switch (change.kind()) {
          case SCHEDULED -> entries.size() == 1 ? " is scheduled:" : " is scheduled on:";
          case MOVED -> entries.size() == 1 ? " now takes place:" : " changes; its calls now:";
          case CANCELLED -> entries.size() == 1 ? " is cancelled:" : " is cancelled on:";
        });
    for (Entry e : entries) {
      b.append("\n- ").append(when(e, zone));
      if (e.state() == CallState.CANCELLED && change.kind() != CallsRescheduled.Kind.CANCELLED) {
        b.append(" (cancelled)");
      }
    }
    if (change.reason() != null) {
      b.append("\nReason: ").append(change.reason());
    }
    if (change.kind() != CallsRescheduled.Kind.CANCELLED) {
      b.append("\n").append(details(first));
    }
    b.append("\nThe calendar invitation is attached; calendar programs update the same event.");
    return b.toString();
  }

  /** What it is: "Learning Session 2 of X", "Consultation call: topic". */
  static String name(Entry e) {
    if (e.type() == ScheduleItemType.LEARNING_SESSION) {
      return e.title() + " of " + e.collaborativeTitle();
    }
    return (switch (e.callKind()) {
          case INFORMATIONAL -> "Informational call";
          case WEBINAR -> "Webinar";
          default -> "Consultation call";
        })
        + " \u201c"
        + e.title()
        + "\u201d";
  }

  /** A session's days, with the zone they are meant in. */
  static String dates(Entry e) {
    String days =
        e.endDate() == null || e.endDate().equals(e.startDate())
            ? DAY.format(e.startDate())
            : DAY.format(e.startDate()) + " to " + DAY.format(e.endDate());
    return e.timeZone() == null ? days : days + " (" + e.timeZone() + ")";
  }

  /**
   * A call's time in the reader's zone (the call's own without one), and as scheduled when that
   * differs: "Tuesday 12 January 2027, 09:00–10:00 (America/Los_Angeles; scheduled as 11:00
   * America/Chicago)".
   */
  static String when(Entry e, ZoneId reader) {
    if (e.allDay()) {
      return dates(e);
    }
    ZoneId own = ScheduleViews.zone(e.timeZone());
    ZoneId zone = reader == null ? own : reader;
    var start = e.startsAt().atZone(zone);
    var end = e.endsAt().atZone(zone);
    String text =
        DAY.format(start)
            + ", "
            + TIME.format(start)
            + "\u2013"
            + TIME.format(end)
            + " ("
            + zone.getId();
    if (!zone.equals(own)) {
      text += "; scheduled as " + TIME.format(e.startsAt().atZone(own)) + " " + own.getId();
    }
    return text + ")";
  }

  /** Where and how to join. */
  static String details(Entry e) {
    List<String> lines = new ArrayList<>();
    if (e.location() != null) {
      lines.add("Where: " + e.location());
    }
    if (e.joinUrl() != null) {
      lines.add("Join: " + e.joinUrl());
    }
    if (e.phoneNumber() != null) {
      lines.add(
          "Phone: " + e.phoneNumber() + (e.accessCode() == null ? "" : ", code " + e.accessCode()));
    }
    if (e.facilitatorName() != null) {
      lines.add("Facilitator: " + e.facilitatorName());
    }
    return String.join("\n", lines);
  }

  Entry sessionEntry(LearningSession s) {
    Names n = names.of(List.of(s.collaborativeId), List.of(), List.of());
    return ScheduleViews.entry(s, n, EnumSet.noneOf(ScheduleReason.class));
  }

  Notify.Attachment attachment(String method, String name, List<Entry> entries) {
    String text = IcsWriter.invitation(method, organizer, name, entries);
    return new Notify.Attachment(
        method.equals("CANCEL") ? "cancellation.ics" : "invitation.ics",
        "text/calendar; charset=utf-8; method=" + method,
        text.getBytes(StandardCharsets.UTF_8));
  }
}
