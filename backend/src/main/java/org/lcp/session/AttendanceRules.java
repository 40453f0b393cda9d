package org.lcp.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.AttendanceCell;
import org.lcp.api.model.AttendanceStanding;
import org.lcp.api.model.ShortfallKind;
import org.lcp.team.TeamRole;

/**
 * The attendance criterion of the model: at every learning session held so far, the team's senior
 * leader, supervisor and every clinician who were on the team during the session attended. Roster
 * changes count: whoever joined after a session or left before it was not expected there.
 */
public final class AttendanceRules {

  private AttendanceRules() {}

  /** A learning session as the rules see it; {@code held} when it started on or before today. */
  public record Session(
      UUID id, int number, String title, LocalDate start, LocalDate end, boolean held) {
    LocalDate last() {
      return end != null ? end : start;
    }
  }

  /** A roster member with the dates they were on the team (end: last day, open while they stay). */
  public record Member(UUID id, String name, TeamRole role, LocalDate start, LocalDate end) {}

  public record Mark(AttendanceStatus status, String note) {}

  public record Shortfall(
      ShortfallKind kind, Session session, Member member, String note, String message) {}

  /**
   * A team's standing, the members it looks at (with one cell per session, in the sessions' order)
   * and every shortfall, session by session.
   */
  public record Report(
      AttendanceStanding standing,
      List<Member> members,
      Map<UUID, List<AttendanceCell>> cells,
      List<Shortfall> shortfalls) {}

  private static final List<TeamRole> CORE =
      List.of(TeamRole.SENIOR_LEADER, TeamRole.SUPERVISOR, TeamRole.CLINICIAN);

  public static boolean countsForCriterion(TeamRole role) {
    return CORE.contains(role);
  }

  public static boolean held(LocalDate start, LocalDate today) {
    return start != null && !start.isAfter(today);
  }

  /**
   * Whether the member was expected at a session: on the team on at least one of its days. Without
   * dates, whoever is still on the team is expected.
   */
  public static boolean expected(Member m, LocalDate sessionStart, LocalDate sessionEnd) {
    if (sessionStart == null) {
      return m.end() == null;
    }
    LocalDate last = sessionEnd != null ? sessionEnd : sessionStart;
    return !m.start().isAfter(last) && (m.end() == null || !m.end().isBefore(sessionStart));
  }

  public static boolean expected(Member m, Session s) {
    return expected(m, s.start(), s.end());
  }

  /** Members by role, then name. */
  public static final Comparator<Member> ORDER =
      Comparator.comparing((Member m) -> m.role().ordinal())
          .thenComparing(m -> m.name().toLowerCase(Locale.ROOT))
          .thenComparing(Member::id);

  /**
   * The report of one team.
   *
   * @param sessions the collaborative's sessions, by number
   * @param roster everyone who was ever on the team
   * @param marks what was recorded, by session id then roster member id
   * @param today the day the report is made for (members on the team today are listed even if no
   *     session expected them yet)
   */
  public static Report report(
      List<Session> sessions,
      List<Member> roster,
      Map<UUID, Map<UUID, Mark>> marks,
      LocalDate today) {
    List<Member> members =
        roster.stream()
            .filter(
                m ->
                    sessions.stream().anyMatch(s -> s.start() != null && expected(m, s))
                        || expected(m, today, today))
            .sorted(ORDER)
            .toList();
    Map<UUID, List<AttendanceCell>> cells = new LinkedHashMap<>();
    for (Member m : members) {
      List<AttendanceCell> row = new ArrayList<>();
      for (Session s : sessions) {
        row.add(cell(m, s, marks.getOrDefault(s.id(), Map.of()).get(m.id())));
      }
      cells.put(m.id(), row);
    }
    List<Shortfall> shortfalls = new ArrayList<>();
    for (Session s : sessions) {
      if (!s.held()) {
        continue;
      }
      List<Member> expectedCore =
          members.stream().filter(m -> countsForCriterion(m.role()) && expected(m, s)).toList();
      for (TeamRole role : CORE) {
        if (expectedCore.stream().noneMatch(m -> m.role() == role)) {
          shortfalls.add(
              new Shortfall(
                  gap(role),
                  s,
                  null,
                  null,
                  "the team had no " + roleName(role) + " during learning session " + s.number()));
        }
      }
      for (Member m : expectedCore) {
        Mark mark = marks.getOrDefault(s.id(), Map.of()).get(m.id());
        String who = m.name() + " (" + roleName(m.role()) + ")";
        if (mark == null) {
          shortfalls.add(
              new Shortfall(
                  ShortfallKind.NOT_RECORDED,
                  s,
                  m,
                  null,
                  who + ": attendance at learning session " + s.number() + " is not recorded"));
        } else if (mark.status() == AttendanceStatus.ABSENT) {
          shortfalls.add(
              new Shortfall(
                  ShortfallKind.ABSENT,
                  s,
                  m,
                  mark.note(),
                  who + " was absent from learning session " + s.number()));
        } else if (mark.status() == AttendanceStatus.PARTIAL) {
          shortfalls.add(
              new Shortfall(
                  ShortfallKind.PARTIAL,
                  s,
                  m,
                  mark.note(),
                  who
                      + " attended part of learning session "
                      + s.number()
                      + (mark.note() == null ? "" : ": " + mark.note())));
        }
      }
    }
    return new Report(standing(shortfalls), members, cells, shortfalls);
  }

  static AttendanceStanding standing(List<Shortfall> shortfalls) {
    if (shortfalls.stream().anyMatch(s -> s.kind() != ShortfallKind.NOT_RECORDED)) {
      return AttendanceStanding.AT_RISK;
    }
    return shortfalls.isEmpty() ? AttendanceStanding.MEETS : AttendanceStanding.PENDING;
  }

  private static AttendanceCell cell(Member m, Session s, Mark mark) {
    if (s.start() == null ? !expected(m, null, null) : !expected(m, s)) {
      return AttendanceCell.NOT_EXPECTED;
    }
    if (!s.held()) {
      return AttendanceCell.UPCOMING;
    }
    if (mark == null) {
      return AttendanceCell.NOT_RECORDED;
    }
    return AttendanceCell.fromValue(mark.status().toString());
  }

  private static ShortfallKind gap(TeamRole role) {
    return switch (role) {
      case SENIOR_LEADER -> ShortfallKind.NO_SENIOR_LEADER;
      case SUPERVISOR -> ShortfallKind.NO_SUPERVISOR;
      default -> ShortfallKind.NO_CLINICIAN;
    };
  }

  static String roleName(TeamRole role) {
    return role.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Standing order in the collaborative overview: teams at risk first. */
  public static int rank(AttendanceStanding s) {
    return switch (s) {
      case AT_RISK -> 0;
      case PENDING -> 1;
      default -> 2;
    };
  }
}
