package org.lcp.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lcp.common.security.CallPolicyWorld.status;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A person's schedule follows where they stand; links are a person's own. No database. */
class CalendarPolicyTest {

  static final CallPolicyWorld W = new CallPolicyWorld();
  final CalendarPolicy policy = new CalendarPolicy();

  @Test
  void facultyAreExpectedInTheCollaborativesTheyRunAndNothingElse() {
    CalendarPolicy.Standing lead = policy.standing(W.lead);
    assertThat(lead.facultyOf()).containsExactly(W.collaborative);
    assertThat(lead.organizations()).isEmpty();
    assertThat(lead.enrolledIn()).isEmpty();
    assertThat(lead.expectedIn()).containsExactly(W.collaborative);
    assertThat(policy.standing(W.otherFaculty).expectedIn()).containsExactly(W.otherCollaborative);
  }

  @Test
  void membersAreExpectedWhereTheirOrganisationHasATeam() {
    CalendarPolicy.Standing a = policy.standing(W.memberA);
    assertThat(a.facultyOf()).isEmpty();
    assertThat(a.organizations()).containsExactly(W.orgA);
    assertThat(a.teamCollaboratives()).isEqualTo(Map.of(W.teamA, W.collaborative));
    assertThat(a.expectedIn()).containsExactly(W.collaborative);
    CalendarPolicy.Standing x = policy.standing(W.memberX);
    assertThat(x.organizations()).containsExactly(W.orgX);
    assertThat(x.expectedIn())
        .as("an organisation without a team: informational calls only")
        .isEmpty();
    assertThat(policy.standing(W.facultyMemberA).expectedIn()).isEqualTo(Set.of(W.collaborative));
  }

  @Test
  void anAdminSeesOnlyWhatTheyAreExpectedAtInTheirOwnSchedule() {
    assertThat(policy.standing(W.admin).expectedIn()).isEmpty();
    assertThat(policy.standing(W.nobody).expectedIn()).isEmpty();
  }

  @Test
  void machineClientsHaveNoScheduleAndNoLinks() {
    assertThat(status(() -> policy.standing(W.machineA))).isEqualTo(403);
    assertThat(status(() -> policy.requireOwnLinks(W.machineA))).isEqualTo(403);
    assertThat(status(() -> policy.requireOwnLinks(W.memberA))).isEqualTo(200);
    assertThat(status(() -> policy.requireOwnLinks(W.admin))).isEqualTo(200);
  }
}
