package org.lcp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.api.model.AttendanceCell;
import org.lcp.api.model.AttendanceStanding;
import org.lcp.api.model.ShortfallKind;
import org.lcp.session.AttendanceRules.Mark;
import org.lcp.session.AttendanceRules.Member;
import org.lcp.session.AttendanceRules.Session;
import org.lcp.team.TeamRole;

class AttendanceRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  final Session one =
      new Session(
          UUID.randomUUID(), 1, "LS1", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), true);
  final Session two =
      new Session(
          UUID.randomUUID(), 2, "LS2", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5), true);
  final Session three =
      new Session(UUID.randomUUID(), 3, "LS3", LocalDate.of(2026, 9, 7), null, false);
  final List<Session> sessions = List.of(one, two, three);

  static Member member(String name, TeamRole role, String start, String end) {
    return new Member(
        UUID.randomUUID(),
        name,
        role,
        LocalDate.parse(start),
        end == null ? null : LocalDate.parse(end));
  }

  final Member leader = member("Rita", TeamRole.SENIOR_LEADER, "2026-01-01", null);
  final Member supervisor = member("Sam", TeamRole.SUPERVISOR, "2026-01-01", null);
  final Member carl = member("Carl", TeamRole.CLINICIAN, "2026-01-01", null);

  static Map<UUID, Mark> present(Member... members) {
    java.util.HashMap<UUID, Mark> m = new java.util.HashMap<>();
    for (Member x : members) {
      m.put(x.id(), new Mark(AttendanceStatus.PRESENT, null));
    }
    return m;
  }

  @Test
  void expectedMeansOnTheTeamOnAtLeastOneDayOfTheSession() {
    Member leftOnFirstDay = member("A", TeamRole.CLINICIAN, "2026-01-01", "2026-03-02");
    Member leftTheDayBefore = member("B", TeamRole.CLINICIAN, "2026-01-01", "2026-03-01");
    Member joinedOnLastDay = member("C", TeamRole.CLINICIAN, "2026-03-03", null);
    Member joinedTheDayAfter = member("D", TeamRole.CLINICIAN, "2026-03-04", null);
    assertThat(AttendanceRules.expected(leftOnFirstDay, one)).isTrue();
    assertThat(AttendanceRules.expected(leftTheDayBefore, one)).isFalse();
    assertThat(AttendanceRules.expected(joinedOnLastDay, one)).isTrue();
    assertThat(AttendanceRules.expected(joinedTheDayAfter, one)).isFalse();
    // a one-day session (no end date)
    assertThat(AttendanceRules.expected(member("E", TeamRole.CLINICIAN, "2026-09-07", null), three))
        .isTrue();
    assertThat(AttendanceRules.expected(member("F", TeamRole.CLINICIAN, "2026-09-08", null), three))
        .isFalse();
  }

  @Test
  void aTeamWhoseCoreAttendedEverySessionHeldMeetsTheCriterion() {
    var report =
        AttendanceRules.report(
            sessions,
            List.of(leader, supervisor, carl),
            Map.of(
                one.id(),
                present(leader, supervisor, carl),
                two.id(),
                present(leader, supervisor, carl)),
            TODAY);
    assertThat(report.standing()).isEqualTo(AttendanceStanding.MEETS);
    assertThat(report.shortfalls()).isEmpty();
    assertThat(report.cells().get(carl.id()))
        .containsExactly(AttendanceCell.PRESENT, AttendanceCell.PRESENT, AttendanceCell.UPCOMING);
  }

  @Test
  void aRosterChangeBetweenSessionsChangesWhoWasExpected() {
    Member leaver = member("Lea", TeamRole.CLINICIAN, "2026-01-01", "2026-04-01");
    Member joiner = member("Jo", TeamRole.CLINICIAN, "2026-04-15", null);
    var report =
        AttendanceRules.report(
            sessions,
            List.of(leader, supervisor, leaver, joiner),
            Map.of(
                one.id(),
                present(leader, supervisor, leaver),
                two.id(),
                present(leader, supervisor, joiner)),
            TODAY);
    assertThat(report.standing()).isEqualTo(AttendanceStanding.MEETS);
    assertThat(report.cells().get(leaver.id()))
        .containsExactly(
            AttendanceCell.PRESENT, AttendanceCell.NOT_EXPECTED, AttendanceCell.NOT_EXPECTED);
    assertThat(report.cells().get(joiner.id()))
        .containsExactly(
            AttendanceCell.NOT_EXPECTED, AttendanceCell.PRESENT, AttendanceCell.UPCOMING);
    assertThat(report.members())
        .extracting(Member::name)
        .containsExactly("Rita", "Sam", "Jo", "Lea");
  }

  @Test
  void absencesAndPartialAttendancePutATeamAtRiskAndMissingRecordsLeaveItPending() {
    var pending =
        AttendanceRules.report(
            sessions,
            List.of(leader, supervisor, carl),
            Map.of(
                one.id(), present(leader, supervisor, carl), two.id(), present(leader, supervisor)),
            TODAY);
    assertThat(pending.standing()).isEqualTo(AttendanceStanding.PENDING);
    assertThat(pending.shortfalls())
        .extracting(AttendanceRules.Shortfall::kind)
        .containsExactly(ShortfallKind.NOT_RECORDED);

    Map<UUID, Mark> second = present(leader, carl);
    second.put(supervisor.id(), new Mark(AttendanceStatus.PARTIAL, "left early"));
    Map<UUID, Mark> first = present(leader, supervisor);
    first.put(carl.id(), new Mark(AttendanceStatus.ABSENT, null));
    var atRisk =
        AttendanceRules.report(
            sessions,
            List.of(leader, supervisor, carl),
            Map.of(one.id(), first, two.id(), second),
            TODAY);
    assertThat(atRisk.standing()).isEqualTo(AttendanceStanding.AT_RISK);
    assertThat(atRisk.shortfalls())
        .extracting(AttendanceRules.Shortfall::kind)
        .containsExactly(ShortfallKind.ABSENT, ShortfallKind.PARTIAL);
    assertThat(atRisk.shortfalls().get(1).message())
        .isEqualTo("Sam (supervisor) attended part of learning session 2: " + "left early");
  }

  @Test
  void aHeldSessionWithoutOneOfTheCoreRolesIsAGapAndOthersDoNotCount() {
    Member dataManager = member("Dana", TeamRole.DATA_MANAGER, "2026-01-01", null);
    var report =
        AttendanceRules.report(
            List.of(one), List.of(leader, dataManager), Map.of(one.id(), present(leader)), TODAY);
    assertThat(report.standing()).isEqualTo(AttendanceStanding.AT_RISK);
    assertThat(report.shortfalls())
        .extracting(AttendanceRules.Shortfall::kind)
        .containsExactly(ShortfallKind.NO_SUPERVISOR, ShortfallKind.NO_CLINICIAN);
    assertThat(report.cells().get(dataManager.id())).containsExactly(AttendanceCell.NOT_RECORDED);
    assertThat(AttendanceRules.countsForCriterion(TeamRole.DATA_MANAGER)).isFalse();
  }

  @Test
  void withNoSessionHeldYetEveryTeamMeetsItSoFar() {
    var report = AttendanceRules.report(List.of(three), List.of(leader), Map.of(), TODAY);
    assertThat(report.standing()).isEqualTo(AttendanceStanding.MEETS);
    assertThat(report.cells().get(leader.id())).containsExactly(AttendanceCell.UPCOMING);
  }
}
