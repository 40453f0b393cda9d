package org.lcp.collaborative;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The setup checklist of a collaborative, and which items each phase needs: pure rules over the
 * facts the checklist gathered, so that unit tests reach them without a database.
 *
 * <p>A learning collaborative needs, before {@code APPLICATIONS_OPEN}: a lead faculty member, the
 * application window, every learning session scheduled (at least one) and at least one readiness
 * item; before {@code ACTIVE}: at least one Core Data Set measure. A learning community needs a
 * lead faculty member before {@code ANNOUNCED}; before {@code ACTIVE}, a consultation call that is
 * not cancelled, and its learning sessions scheduled when it has any. An item is checked when the
 * collaborative moves forward into its {@code requiredBefore} phase; moving back is never held
 * back.
 */
public final class SetupRules {

  /** The setup items, in checklist order. */
  public enum Key {
    LEAD_FACULTY,
    APPLICATION_WINDOW,
    LEARNING_SESSIONS,
    READINESS_ITEMS,
    MEASURES,
    CALLS
  }

  /**
   * One learning session as far as scheduling goes.
   *
   * @param number its number
   * @param virtual whether it is held online (needs a join link) rather than in person (a venue)
   * @param hasDates whether it has its start date
   * @param hasPlace whether it has the venue or join link its mode needs
   */
  public record SessionState(int number, boolean virtual, boolean hasDates, boolean hasPlace) {
    boolean scheduled() {
      return hasDates && hasPlace;
    }
  }

  /** What the checklist is computed from: one read per source. */
  public record Facts(
      CollaborativeKind kind,
      Phase phase,
      long leads,
      boolean hasOpenAt,
      boolean hasCloseAt,
      List<SessionState> sessions,
      int readinessItems,
      int measures,
      int calls) {}

  /**
   * One item of the checklist.
   *
   * @param needed what is still missing (null when done), a phrase for a sentence such as "cannot
   *     open applications: at least one lead faculty member; dates for learning session 2"
   */
  public record Item(
      Key key, String label, boolean done, Phase requiredBefore, String detail, String needed) {}

  private SetupRules() {}

  /** Every item of the collaborative's kind, done or not, in order. */
  public static List<Item> checklist(Facts f) {
    List<Item> items = new ArrayList<>();
    if (f.kind() == CollaborativeKind.LEARNING_COMMUNITY) {
      items.add(lead(f, Phase.ANNOUNCED));
      items.add(calls(f, Phase.ACTIVE));
      if (!f.sessions().isEmpty()) {
        items.add(sessions(f, Phase.ACTIVE));
      }
    } else {
      items.add(lead(f, Phase.APPLICATIONS_OPEN));
      items.add(window(f, Phase.APPLICATIONS_OPEN));
      items.add(sessions(f, Phase.APPLICATIONS_OPEN));
      items.add(readiness(f, Phase.APPLICATIONS_OPEN));
      items.add(measures(f, Phase.ACTIVE));
    }
    return items;
  }

  /** The items that are not done and hold back moving forward into this phase. */
  public static List<Item> missingFor(List<Item> checklist, Phase to) {
    return checklist.stream()
        .filter(i -> i.requiredBefore() == to)
        .filter(Predicate.not(Item::done))
        .toList();
  }

  /** The next phase forward, or null at the end of the path. */
  public static Phase nextPhase(Facts f) {
    return Phases.next(f.kind(), f.phase());
  }

  /** Whether every item required before the next phase is done (false at the end of the path). */
  public static boolean readyForNextPhase(Facts f, List<Item> checklist) {
    Phase next = nextPhase(f);
    return next != null && missingFor(checklist, next).isEmpty();
  }

  /**
   * The sentence a refused transition answers: "cannot open applications: at least one lead faculty
   * member; dates for learning sessions 2 and 3".
   */
  public static String refusal(Phase to, List<Item> missing) {
    return cannot(to) + ": " + String.join("; ", missing.stream().map(Item::needed).toList());
  }

  private static String cannot(Phase to) {
    return switch (to) {
      case ANNOUNCED -> "cannot announce the collaborative";
      case APPLICATIONS_OPEN -> "cannot open applications";
      case ACTIVE -> "cannot make the collaborative ACTIVE";
      default -> "cannot move to " + to;
    };
  }

  // ---- the items --------------------------------------------------------------------------------

  private static Item lead(Facts f, Phase before) {
    boolean done = f.leads() > 0;
    return new Item(
        Key.LEAD_FACULTY,
        "At least one lead faculty member",
        done,
        before,
        done ? count(f.leads(), "lead faculty member") : "No lead faculty member yet",
        done ? null : "at least one lead faculty member");
  }

  private static Item window(Facts f, Phase before) {
    boolean done = f.hasOpenAt() && f.hasCloseAt();
    String detail;
    String needed;
    if (done) {
      detail = "Opening and closing dates are set";
      needed = null;
    } else if (!f.hasOpenAt() && !f.hasCloseAt()) {
      detail = "Neither the opening nor the closing date is set";
      needed = "the application window (applicationsOpenAt and applicationsCloseAt)";
    } else if (!f.hasOpenAt()) {
      detail = "The opening date is not set";
      needed = "the date applications open (applicationsOpenAt)";
    } else {
      detail = "The closing date is not set";
      needed = "the date applications close (applicationsCloseAt)";
    }
    return new Item(
        Key.APPLICATION_WINDOW,
        "Application window (opening and closing dates)",
        done,
        before,
        detail,
        needed);
  }

  private static Item sessions(Facts f, Phase before) {
    List<SessionState> all = f.sessions();
    String label = "Every learning session scheduled: dates, and a venue or join link";
    if (all.isEmpty()) {
      return new Item(
          Key.LEARNING_SESSIONS,
          label,
          false,
          before,
          "No learning sessions yet",
          "at least one learning session");
    }
    List<Integer> noDates = numbers(all, s -> !s.hasDates());
    List<Integer> noVenue = numbers(all, s -> !s.virtual() && !s.hasPlace());
    List<Integer> noLink = numbers(all, s -> s.virtual() && !s.hasPlace());
    long scheduled = all.stream().filter(SessionState::scheduled).count();
    boolean done = scheduled == all.size();
    List<String> gaps = new ArrayList<>();
    if (!noDates.isEmpty()) {
      gaps.add("dates for " + sessionsNamed(noDates));
    }
    if (!noVenue.isEmpty()) {
      gaps.add("a venue for " + sessionsNamed(noVenue));
    }
    if (!noLink.isEmpty()) {
      gaps.add("a join link for " + sessionsNamed(noLink));
    }
    long dated = all.size() - noDates.size();
    String detail =
        all.size() == 1
            ? (done ? "The learning session is scheduled" : "The learning session is not scheduled")
            : scheduled
                + " of "
                + all.size()
                + " learning sessions are scheduled ("
                + dated
                + " of "
                + all.size()
                + " have dates)";
    return new Item(
        Key.LEARNING_SESSIONS, label, done, before, detail, done ? null : String.join("; ", gaps));
  }

  private static Item readiness(Facts f, Phase before) {
    return atLeastOne(
        Key.READINESS_ITEMS,
        f.readinessItems(),
        before,
        "readiness assessment item",
        "readiness assessment item",
        count(f.readinessItems(), "readiness item"),
        "No readiness items");
  }

  private static Item measures(Facts f, Phase before) {
    return atLeastOne(
        Key.MEASURES,
        f.measures(),
        before,
        "Core Data Set measure",
        "Core Data Set measure",
        count(f.measures(), "measure"),
        "No measures defined yet");
  }

  private static Item calls(Facts f, Phase before) {
    return atLeastOne(
        Key.CALLS,
        f.calls(),
        before,
        "call scheduled",
        "scheduled call",
        count(f.calls(), "call") + " scheduled",
        "No calls scheduled yet");
  }

  /** An item done once there is at least one of something ("At least one {what}"). */
  private static Item atLeastOne(
      Key key,
      long n,
      Phase before,
      String what,
      String neededWhat,
      String doneDetail,
      String emptyDetail) {
    boolean done = n > 0;
    return new Item(
        key,
        "At least one " + what,
        done,
        before,
        done ? doneDetail : emptyDetail,
        done ? null : "at least one " + neededWhat);
  }

  // ---- words ------------------------------------------------------------------------------------

  private static List<Integer> numbers(List<SessionState> all, Predicate<SessionState> which) {
    return all.stream().filter(which).map(SessionState::number).sorted().toList();
  }

  /** "learning session 2", "learning sessions 2 and 3", "learning sessions 1, 2 and 3". */
  static String sessionsNamed(List<Integer> numbers) {
    if (numbers.size() == 1) {
      return "learning session " + numbers.get(0);
    }
    List<String> n = numbers.stream().map(String::valueOf).toList();
    return "learning sessions "
        + String.join(", ", n.subList(0, n.size() - 1))
        + " and "
        + n.get(n.size() - 1);
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
