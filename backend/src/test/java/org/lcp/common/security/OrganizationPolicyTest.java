package org.lcp.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lcp.common.security.CollaborativePolicyTest.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Organisations: members see theirs, senior leaders manage theirs, admins all; others get 404. */
class OrganizationPolicyTest {

  final OrganizationPolicy policy = new OrganizationPolicy();
  final UUID org = UUID.randomUUID();
  final UUID other = UUID.randomUUID();
  final Actor leader = TestActors.member(Map.of(org, MemberRole.SENIOR_LEADER), List.of());
  final Actor clinician = TestActors.member(Map.of(org, MemberRole.CLINICIAN), List.of());
  final Actor admin = TestActors.admin();

  @Test
  void membersSeeTheirOwnOrganisationOnly() {
    assertThatCode(() -> policy.requireVisible(clinician, org)).doesNotThrowAnyException();
    assertThatThrownBy(() -> policy.requireVisible(clinician, other))
        .satisfies(e -> status(e, 404));
    assertThatCode(() -> policy.requireVisible(admin, other)).doesNotThrowAnyException();
    assertThatThrownBy(() -> policy.requireVisible(TestActors.machine(org, List.of()), org))
        .satisfies(e -> status(e, 403));
  }

  @Test
  void seniorLeadersAndAdminsManage() {
    assertThatCode(() -> policy.requireManager(leader, org)).doesNotThrowAnyException();
    assertThatCode(() -> policy.requireManager(admin, org)).doesNotThrowAnyException();
    assertThatThrownBy(() -> policy.requireManager(clinician, org)).satisfies(e -> status(e, 403));
    assertThatThrownBy(() -> policy.requireManager(leader, other)).satisfies(e -> status(e, 404));
  }

  @Test
  void onlyAdminsRegisterMachineClientsOrCreateOrganisations() {
    assertThatThrownBy(() -> policy.requireMachineClientAdmin(leader, org))
        .satisfies(e -> status(e, 403));
    assertThatThrownBy(() -> policy.requireMachineClientAdmin(leader, other))
        .satisfies(e -> status(e, 404));
    assertThatCode(() -> policy.requireMachineClientAdmin(admin, org)).doesNotThrowAnyException();
    assertThatThrownBy(() -> policy.requireCreate(leader)).satisfies(e -> status(e, 403));
  }

  @Test
  void theListFilterIsTheSameRule() {
    assertThat(policy.scope(admin).where("o.id")).isEqualTo(Filter.ALL);
    Filter f = policy.scope(clinician).where("o.id");
    assertThat(f.jpql()).isEqualTo("o.id in (:scopeOrganizations)");
    assertThat(f.params()).containsEntry("scopeOrganizations", Set.of(org));
    assertThat(policy.scope(TestActors.member(Map.of(), List.of())).where("o.id"))
        .isEqualTo(Filter.NONE);
  }
}
