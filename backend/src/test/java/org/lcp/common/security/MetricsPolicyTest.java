package org.lcp.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Refs.CollaborativeRef;

/** Who reads and writes measures and values, decided without a database. */
class MetricsPolicyTest {

  static final UUID OWN_ORG = UUID.randomUUID();
  static final UUID OTHER_ORG = UUID.randomUUID();
  static final CollaborativeRef ACTIVE = new CollaborativeRef(UUID.randomUUID(), false, false);
  static final CollaborativeRef CLOSED = new CollaborativeRef(UUID.randomUUID(), false, true);
  static final CollaborativeRef DRAFT = new CollaborativeRef(UUID.randomUUID(), true, false);
  static final UUID ELSEWHERE = UUID.randomUUID();

  final MetricsPolicy policy = new MetricsPolicy(new CollaborativePolicy());

  static Actor person(
      Set<String> roles, Map<UUID, MemberRole> memberships, Map<UUID, Boolean> faculty) {
    Caller caller =
        new Caller(
            Caller.Kind.PERSON,
            UUID.randomUUID(),
            "sub-" + UUID.randomUUID(),
            null,
            "Someone",
            roles,
            null,
            null);
    return Actor.of(caller, memberships, faculty, List.of());
  }

  static Actor machine(UUID organizationId) {
    Caller caller =
        new Caller(
            Caller.Kind.MACHINE_CLIENT,
            null,
            "service-account",
            null,
            null,
            Set.of(),
            organizationId,
            "site-data-system");
    return Actor.of(caller, Map.of(), Map.of(), List.of());
  }

  /** Lead of the active, closed and draft collaboratives alike. */
  final Actor lead =
      person(
          Set.of(Caller.FACULTY),
          Map.of(),
          Map.of(ACTIVE.id(), true, CLOSED.id(), true, DRAFT.id(), true));

  final Actor admin = person(Set.of(Caller.ADMIN), Map.of(), Map.of());
  final Actor faculty =
      person(
          Set.of(Caller.FACULTY),
          Map.of(),
          Map.of(ACTIVE.id(), false, CLOSED.id(), false, DRAFT.id(), false));
  final Actor outsider = person(Set.of(Caller.FACULTY), Map.of(), Map.of(ELSEWHERE, true));
  final Actor member = person(Set.of(), Map.of(OWN_ORG, MemberRole.SENIOR_LEADER), Map.of());
  final Actor otherMember = person(Set.of(), Map.of(OTHER_ORG, MemberRole.CLINICIAN), Map.of());
  final Actor memberOfTwo =
      person(
          Set.of(),
          Map.of(OWN_ORG, MemberRole.DATA_CONTACT, OTHER_ORG, MemberRole.CLINICIAN),
          Map.of());
  final Actor nobody = person(Set.of(), Map.of(), Map.of());
  final Actor dataSystem = machine(OWN_ORG);
  final Actor unregisteredMachine = machine(null);

  static int status(Runnable decision) {
    try {
      decision.run();
      return 200;
    } catch (ApiException e) {
      return e.status();
    }
  }

  static int status(Supplier<?> decision) {
    return status((Runnable) decision::get);
  }

  @Test
  void everyoneWhoSeesTheCollaborativeAndRegisteredDataSystemsReadItsMeasures() {
    for (Actor a :
        List.of(admin, lead, faculty, outsider, member, otherMember, nobody, dataSystem)) {
      assertThatCode(() -> policy.requireReader(a, ACTIVE)).doesNotThrowAnyException();
      assertThatCode(() -> policy.requireReader(a, CLOSED)).doesNotThrowAnyException();
    }
    assertThat(status(() -> policy.requireReader(unregisteredMachine, ACTIVE))).isEqualTo(404);
  }

  @Test
  void aDraftIsReadByAdminsAndItsFacultyOnly() {
    assertThat(status(() -> policy.requireReader(admin, DRAFT))).isEqualTo(200);
    assertThat(status(() -> policy.requireReader(lead, DRAFT))).isEqualTo(200);
    assertThat(status(() -> policy.requireReader(faculty, DRAFT))).isEqualTo(200);
    for (Actor a :
        List.of(outsider, member, otherMember, nobody, dataSystem, unregisteredMachine)) {
      assertThat(status(() -> policy.requireReader(a, DRAFT))).isEqualTo(404);
      assertThat(status(() -> policy.readScope(a, DRAFT, null))).isEqualTo(404);
      assertThat(status(() -> policy.uploadScope(a, DRAFT))).isEqualTo(404);
    }
  }

  @Test
  void adminsAndTheCollaborativesFacultySeeEveryTeam() {
    for (Actor a : List.of(admin, lead, faculty)) {
      assertThat(policy.seesAllTeams(a, ACTIVE)).isTrue();
      assertThat(policy.readScope(a, ACTIVE, null)).isEqualTo(OrganizationScope.ALL);
      assertThat(policy.readScope(a, ACTIVE, OTHER_ORG))
          .isEqualTo(OrganizationScope.of(Set.of(OTHER_ORG)));
      assertThat(policy.readScope(a, CLOSED, null).all()).isTrue();
    }
    for (Actor a : List.of(outsider, member, otherMember, nobody, dataSystem)) {
      assertThat(policy.seesAllTeams(a, ACTIVE)).isFalse();
    }
    // faculty see every team of the collaboratives they are faculty of, and of no other
    assertThat(policy.seesAllTeams(outsider, new CollaborativeRef(ELSEWHERE, false, false)))
        .isTrue();
    assertThat(policy.seesAllTeams(lead, new CollaborativeRef(ELSEWHERE, false, false))).isFalse();
  }

  @Test
  void membersAndDataSystemsReadTheirOwnOrganisationsValuesAndAnotherAnswers404() {
    for (Actor a : List.of(member, dataSystem)) {
      OrganizationScope own = policy.readScope(a, ACTIVE, null);
      assertThat(own.all()).isFalse();
      assertThat(own.includes(OWN_ORG)).isTrue();
      assertThat(own.includes(OTHER_ORG)).isFalse();
      assertThat(policy.readScope(a, ACTIVE, OWN_ORG))
          .isEqualTo(OrganizationScope.of(Set.of(OWN_ORG)));
      assertThat(status(() -> policy.readScope(a, ACTIVE, OTHER_ORG))).isEqualTo(404);
    }
    assertThat(status(() -> policy.readScope(otherMember, ACTIVE, OWN_ORG))).isEqualTo(404);
    assertThat(policy.readScope(memberOfTwo, ACTIVE, null).organizations())
        .containsExactlyInAnyOrder(OWN_ORG, OTHER_ORG);
    // someone who reads the collaborative but belongs to no organisation reads no values
    for (Actor a : List.of(outsider, nobody)) {
      assertThat(policy.readScope(a, ACTIVE, null).includes(OWN_ORG)).isFalse();
      assertThat(status(() -> policy.readScope(a, ACTIVE, OWN_ORG))).isEqualTo(404);
    }
  }

  @Test
  void coordinatorsUploadForEveryTeamMembersAndDataSystemsForTheirOwn() {
    assertThat(policy.uploadScope(admin, ACTIVE)).isEqualTo(OrganizationScope.ALL);
    assertThat(policy.uploadScope(lead, ACTIVE)).isEqualTo(OrganizationScope.ALL);
    assertThat(policy.uploadScope(member, ACTIVE)).isEqualTo(OrganizationScope.of(Set.of(OWN_ORG)));
    assertThat(policy.uploadScope(dataSystem, ACTIVE))
        .isEqualTo(OrganizationScope.of(Set.of(OWN_ORG)));
    assertThat(policy.uploadScope(otherMember, ACTIVE))
        .isEqualTo(OrganizationScope.of(Set.of(OTHER_ORG)));
    // faculty who do not lead, and people of no organisation, read but do not upload
    for (Actor a : List.of(faculty, outsider, nobody)) {
      assertThat(status(() -> policy.uploadScope(a, ACTIVE))).isEqualTo(403);
    }
    assertThat(status(() -> policy.uploadScope(unregisteredMachine, ACTIVE))).isEqualTo(404);
  }

  @Test
  void nothingIsUploadedToAClosedCollaborative() {
    for (Actor a : List.of(admin, lead, member, otherMember, dataSystem)) {
      assertThat(status(() -> policy.uploadScope(a, CLOSED))).isEqualTo(409);
    }
    // those who may not upload at all are told so first
    for (Actor a : List.of(faculty, outsider, nobody)) {
      assertThat(status(() -> policy.uploadScope(a, CLOSED))).isEqualTo(403);
    }
  }

  @Test
  void onlyAdminsAndLeadFacultyDefineMeasuresAndUnlockPeriodsAndNotWhenClosed() {
    assertThat(status(() -> policy.requireCoordinatorChange(admin, ACTIVE))).isEqualTo(200);
    assertThat(status(() -> policy.requireCoordinatorChange(lead, ACTIVE))).isEqualTo(200);
    assertThat(status(() -> policy.requireCoordinatorChange(lead, DRAFT))).isEqualTo(200);
    for (Actor a :
        List.of(faculty, outsider, member, otherMember, nobody, dataSystem, unregisteredMachine)) {
      assertThat(status(() -> policy.requireCoordinatorChange(a, ACTIVE))).isEqualTo(403);
    }
    assertThat(status(() -> policy.requireCoordinatorChange(admin, CLOSED))).isEqualTo(409);
    assertThat(status(() -> policy.requireCoordinatorChange(lead, CLOSED))).isEqualTo(409);
    assertThat(status(() -> policy.requireCoordinatorChange(faculty, CLOSED))).isEqualTo(403);
    assertThat(status(() -> policy.requireCoordinatorChange(member, DRAFT))).isEqualTo(404);
  }

  @Test
  void theListFilterSaysWhatIncludesSays() {
    assertThat(OrganizationScope.ALL.where("v.organization_id")).isEqualTo(Filter.ALL);
    assertThat(OrganizationScope.of(Set.of()).where("v.organization_id")).isEqualTo(Filter.NONE);
    Filter own = OrganizationScope.of(Set.of(OWN_ORG)).where("v.organization_id");
    assertThat(own.jpql()).isEqualTo("v.organization_id in (:scopeOrganizations)");
    assertThat(own.params()).isEqualTo(Map.of("scopeOrganizations", Set.of(OWN_ORG)));
    assertThat(OrganizationScope.of(Set.of()).includes(OWN_ORG)).isFalse();
    assertThat(OrganizationScope.ALL.includes(OTHER_ORG)).isTrue();
  }
}
