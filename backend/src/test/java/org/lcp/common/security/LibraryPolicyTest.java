package org.lcp.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lcp.common.security.CommunityPolicyTest.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.common.security.CommunityStanding.Status;
import org.lcp.common.security.Refs.CollaborativeRef;
import org.lcp.common.security.Refs.LibraryAudience;
import org.lcp.common.security.Refs.LibraryItemRef;

/**
 * The resource library's rules, without a database: who reads a community's or a collaborative's
 * library, who sees an item of each audience (NETWORK, MEMBERS, TEAM), who adds, who changes, the
 * network's own library, the usage report, a CLOSED community and a machine client.
 */
class LibraryPolicyTest {

  final CollaborativePolicy collaboratives = new CollaborativePolicy();
  final LibraryPolicy policy =
      new LibraryPolicy(collaboratives, new CommunityPolicy(collaboratives));

  final UUID id = UUID.randomUUID();
  final UUID elsewhere = UUID.randomUUID();
  final UUID learning = UUID.randomUUID();
  final UUID org = UUID.randomUUID();
  final UUID otherOrg = UUID.randomUUID();
  final CollaborativeRef community = new CollaborativeRef(id, false, false);
  final CollaborativeRef closed = new CollaborativeRef(id, false, true);
  final CollaborativeRef draft = new CollaborativeRef(id, true, false);
  final CollaborativeRef collaborative = new CollaborativeRef(learning, false, false);

  final Actor admin = TestActors.admin();
  final Actor lead = TestActors.faculty(Map.of(id, true, learning, true));
  final Actor facilitator = in(Status.ACTIVE, true, id, org);
  final Actor member = in(Status.ACTIVE, false, id, org);
  final Actor colleague = in(Status.ACTIVE, false, id, otherOrg);
  final Actor waiting = in(Status.PENDING, false, id, org);
  final Actor otherMember = in(Status.ACTIVE, true, elsewhere, org);
  final Actor stranger = TestActors.member(Map.of(), List.of());
  final Actor enrolled =
      TestActors.member(
          Map.of(org, MemberRole.CLINICIAN),
          List.of(new Enrolment(UUID.randomUUID(), learning, org)));
  final Actor machine = TestActors.machine(org, List.of());

  static Actor in(Status status, boolean facilitates, UUID community, UUID organization) {
    return Actor.of(
        TestActors.person(),
        Map.of(organization, MemberRole.CLINICIAN),
        Map.of(),
        List.of(),
        Map.of(community, new CommunityStanding(status, facilitates)));
  }

  LibraryItemRef item(LibraryAudience audience, UUID organizationId, Actor author) {
    return new LibraryItemRef(
        UUID.randomUUID(), community, true, audience, organizationId, author.userId());
  }

  @Test
  void aCommunitysLibraryIsReadAndAddedToByItsMembersAndStewardsOnly() {
    for (Actor reads : List.of(admin, lead, facilitator, member)) {
      assertThat(status(() -> policy.requireLibrary(reads, community, true))).isEqualTo(200);
      assertThat(status(() -> policy.requireAdd(reads, community, true))).isEqualTo(200);
    }
    for (Actor not : List.of(waiting, otherMember, stranger, enrolled)) {
      assertThat(status(() -> policy.requireLibrary(not, community, true))).isEqualTo(404);
      assertThat(status(() -> policy.requireAdd(not, community, true))).isEqualTo(404);
    }
    assertThat(status(() -> policy.requireLibrary(machine, community, true))).isEqualTo(403);
    // a draft is its faculty's and admins' only; a CLOSED community is read, not added to
    assertThat(status(() -> policy.requireLibrary(member, draft, true))).isEqualTo(404);
    assertThat(status(() -> policy.requireLibrary(member, closed, true))).isEqualTo(200);
    assertThat(status(() -> policy.requireAdd(member, closed, true))).isEqualTo(409);
    // a learning collaborative's members are its enrolled teams' people
    assertThat(status(() -> policy.requireLibrary(enrolled, collaborative, false))).isEqualTo(200);
    assertThat(status(() -> policy.requireLibrary(member, collaborative, false))).isEqualTo(404);
  }

  @Test
  void anItemIsSeenAsItsAudienceSays() {
    LibraryItemRef network = item(LibraryAudience.NETWORK, null, member);
    LibraryItemRef members = item(LibraryAudience.MEMBERS, null, member);
    LibraryItemRef team = item(LibraryAudience.TEAM, org, member);
    // NETWORK: everyone who sees the community, whether a member or not
    for (Actor sees : List.of(admin, lead, member, waiting, stranger, otherMember)) {
      assertThat(policy.sees(sees, network)).as("NETWORK").isTrue();
    }
    // MEMBERS: its ACTIVE members and stewards
    assertThat(policy.sees(colleague, members)).isTrue();
    assertThat(policy.sees(facilitator, members)).isTrue();
    for (Actor not : List.of(waiting, stranger, otherMember)) {
      assertThat(policy.sees(not, members)).as("MEMBERS").isFalse();
      assertThat(status(() -> policy.requireRead(not, members))).isEqualTo(404);
    }
    // TEAM: the organisation's people and the stewards; another member of the community does not
    assertThat(policy.sees(waiting, team)).isTrue();
    assertThat(policy.sees(lead, team)).isTrue();
    assertThat(policy.sees(colleague, team)).isFalse();
    assertThat(status(() -> policy.requireRead(colleague, team))).isEqualTo(404);
    // nobody outside a draft sees its items; a machine reads nothing
    LibraryItemRef drafted =
        new LibraryItemRef(
            UUID.randomUUID(), draft, true, LibraryAudience.NETWORK, null, lead.userId());
    assertThat(policy.sees(member, drafted)).isFalse();
    assertThat(policy.sees(lead, drafted)).isTrue();
    assertThat(status(() -> policy.requireRead(machine, network))).isEqualTo(403);
  }

  @Test
  void itsAuthorAndTheStewardsChangeAnItemOthersWhoSeeItAre403() {
    LibraryItemRef mine = item(LibraryAudience.MEMBERS, null, member);
    assertThat(status(() -> policy.requireEdit(member, mine))).isEqualTo(200);
    for (Actor steward : List.of(admin, lead, facilitator)) {
      assertThat(status(() -> policy.requireEdit(steward, mine))).isEqualTo(200);
    }
    assertThat(status(() -> policy.requireEdit(colleague, mine))).isEqualTo(403);
    assertThat(status(() -> policy.requireEdit(stranger, mine))).isEqualTo(404);
    LibraryItemRef closedItem =
        new LibraryItemRef(
            UUID.randomUUID(), closed, true, LibraryAudience.MEMBERS, null, member.userId());
    assertThat(status(() -> policy.requireEdit(member, closedItem))).isEqualTo(409);
  }

  @Test
  void theNetworksOwnLibraryIsEveryPersonsToReadAndAdminsToKeep() {
    for (Actor reads : List.of(admin, lead, member, stranger)) {
      assertThat(status(() -> policy.requireNetwork(reads))).isEqualTo(200);
    }
    assertThat(status(() -> policy.requireNetwork(machine))).isEqualTo(403);
    assertThat(status(() -> policy.requireAddToNetwork(admin))).isEqualTo(200);
    assertThat(status(() -> policy.requireAddToNetwork(lead))).isEqualTo(403);
    assertThat(policy.isSteward(admin, null)).isTrue();
    assertThat(policy.isSteward(lead, null)).isFalse();
    LibraryItemRef networkItem =
        new LibraryItemRef(UUID.randomUUID(), null, false, LibraryAudience.NETWORK, null, null);
    assertThat(policy.sees(stranger, networkItem)).isTrue();
    assertThat(status(() -> policy.requireEdit(lead, networkItem))).isEqualTo(403);
    assertThat(status(() -> policy.requireEdit(admin, networkItem))).isEqualTo(200);
  }

  @Test
  void aTeamItemTargetsTheAuthorsOwnOrganisationUnlessAStewardAddsIt() {
    assertThat(policy.mayTarget(member, id, org)).isTrue();
    assertThat(policy.mayTarget(member, id, otherOrg)).isFalse();
    assertThat(policy.mayTarget(facilitator, id, otherOrg)).isTrue();
    assertThat(policy.mayTarget(lead, id, otherOrg)).isTrue();
  }

  @Test
  void theUsageReportIsTheStewardsAMember403AnybodyElse404() {
    for (Actor steward : List.of(admin, lead, facilitator)) {
      assertThat(status(() -> policy.requireUsageReport(steward, community))).isEqualTo(200);
    }
    assertThat(status(() -> policy.requireUsageReport(member, community))).isEqualTo(403);
    for (Actor not : List.of(waiting, otherMember, stranger)) {
      assertThat(status(() -> policy.requireUsageReport(not, community))).isEqualTo(404);
    }
    assertThat(status(() -> policy.requireUsageReport(machine, community))).isEqualTo(403);
  }
}
