package org.lcp.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.CommunityStanding.Status;
import org.lcp.common.security.Refs.CollaborativeRef;
import org.lcp.common.security.Refs.CommunityMemberRef;

/**
 * The learning-community rules, without a database: stewards (admins, faculty, facilitators who are
 * not faculty), members, people waiting or invited, strangers and people of another community.
 */
class CommunityPolicyTest {

  final CommunityPolicy policy = new CommunityPolicy(new CollaborativePolicy());
  final UUID id = UUID.randomUUID();
  final UUID elsewhere = UUID.randomUUID();
  final CollaborativeRef community = new CollaborativeRef(id, false, false);
  final CollaborativeRef closed = new CollaborativeRef(id, false, true);
  final CollaborativeRef draft = new CollaborativeRef(id, true, false);

  final Actor admin = TestActors.admin();
  final Actor lead = TestActors.faculty(Map.of(id, true));
  final Actor faculty = TestActors.faculty(Map.of(id, false));
  final Actor facilitator = in(Status.ACTIVE, true, id);
  final Actor member = in(Status.ACTIVE, false, id);
  final Actor visibleMember = in(Status.ACTIVE, false, id);
  final Actor waiting = in(Status.PENDING, false, id);
  final Actor invited = in(Status.INVITED, false, id);
  final Actor otherFacilitator = in(Status.ACTIVE, true, elsewhere);
  final Actor stranger = TestActors.member(Map.of(), List.of());
  final Actor machine = TestActors.machine(UUID.randomUUID(), List.of());

  static Actor in(Status status, boolean facilitates, UUID community) {
    return Actor.of(
        TestActors.person(),
        Map.of(),
        Map.of(),
        List.of(),
        Map.of(community, new CommunityStanding(status, facilitates)));
  }

  CommunityMemberRef row(Actor owner, boolean active, boolean visible) {
    return new CommunityMemberRef(
        UUID.randomUUID(), owner.userId(), community, active, true, visible);
  }

  @Test
  void theDirectoryIsForStewardsAndActiveMembersOnly() {
    for (Actor reads : List.of(admin, lead, faculty, facilitator, member)) {
      assertThat(status(() -> policy.requireDirectory(reads, community))).isEqualTo(200);
    }
    for (Actor not : List.of(waiting, invited, stranger, otherFacilitator)) {
      assertThat(status(() -> policy.requireDirectory(not, community))).isEqualTo(404);
    }
    assertThat(status(() -> policy.requireDirectory(machine, community))).isEqualTo(403);
    // a draft community is its faculty's and admins' only
    assertThat(status(() -> policy.requireDirectory(member, draft))).isEqualTo(404);
    assertThat(policy.seesEveryone(facilitator, id)).isTrue();
    assertThat(policy.seesEveryone(member, id)).isFalse();
    assertThat(policy.seesEveryone(otherFacilitator, id)).isFalse();
  }

  @Test
  void membersReadVisibleActiveRowsStewardsAndThePersonReadEveryRow() {
    CommunityMemberRef shown = row(visibleMember, true, true);
    CommunityMemberRef hidden = row(visibleMember, true, false);
    CommunityMemberRef request = row(waiting, false, true);
    assertThat(status(() -> policy.requireRead(member, shown))).isEqualTo(200);
    assertThat(status(() -> policy.requireRead(member, hidden))).isEqualTo(404);
    assertThat(status(() -> policy.requireRead(member, request))).isEqualTo(404);
    assertThat(status(() -> policy.requireRead(waiting, request))).isEqualTo(200);
    assertThat(status(() -> policy.requireRead(waiting, shown))).isEqualTo(404);
    for (Actor steward : List.of(admin, lead, faculty, facilitator)) {
      assertThat(status(() -> policy.requireRead(steward, hidden))).isEqualTo(200);
      assertThat(status(() -> policy.requireRead(steward, request))).isEqualTo(200);
    }
    assertThat(status(() -> policy.requireRead(otherFacilitator, shown))).isEqualTo(404);
  }

  @Test
  void stewardsDecideInviteAndRemoveTheLeadAndAdminsAppointFacilitators() {
    CommunityMemberRef request = row(waiting, false, false);
    CommunityMemberRef active = row(visibleMember, true, true);
    for (Actor steward : List.of(admin, lead, faculty, facilitator)) {
      assertThat(status(() -> policy.requireDecide(steward, request))).isEqualTo(200);
      assertThat(status(() -> policy.requireInvite(steward, community))).isEqualTo(200);
      assertThat(status(() -> policy.requireEnd(steward, active))).isEqualTo(200);
    }
    assertThat(status(() -> policy.requireDecide(member, request))).isEqualTo(404);
    assertThat(status(() -> policy.requireInvite(member, community))).isEqualTo(403);
    assertThat(status(() -> policy.requireInvite(stranger, community))).isEqualTo(404);
    assertThat(status(() -> policy.requireEnd(member, active))).isEqualTo(403);
    assertThat(status(() -> policy.requireEnd(visibleMember, active))).isEqualTo(200);

    for (Actor appoints : List.of(admin, lead)) {
      assertThat(status(() -> policy.requireFacilitators(appoints, active))).isEqualTo(200);
    }
    for (Actor not : List.of(faculty, facilitator, member)) {
      assertThat(status(() -> policy.requireFacilitators(not, active))).isEqualTo(403);
    }
  }

  @Test
  void onlyThePersonAcceptsOrSetsTheirVisibilityAndAClosedCommunityIsReadOnly() {
    CommunityMemberRef invitation = row(invited, false, false);
    assertThat(status(() -> policy.requireSelf(invited, invitation))).isEqualTo(200);
    assertThat(status(() -> policy.requireSelf(lead, invitation))).isEqualTo(403);
    assertThat(status(() -> policy.requireSelf(member, invitation))).isEqualTo(404);

    CommunityMemberRef closedRow =
        new CommunityMemberRef(UUID.randomUUID(), member.userId(), closed, true, true, true);
    assertThat(status(() -> policy.requireSelf(member, closedRow))).isEqualTo(409);
    assertThat(status(() -> policy.requireJoin(stranger, closed))).isEqualTo(409);
    assertThat(status(() -> policy.requireJoin(stranger, community))).isEqualTo(200);
    assertThat(status(() -> policy.requireJoin(machine, community))).isEqualTo(403);
  }

  static int status(Runnable decision) {
    try {
      decision.run();
      return 200;
    } catch (ApiException e) {
      return e.status();
    }
  }
}
