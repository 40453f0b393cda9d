package org.lcp.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Refs.CollaborativeRef;

/** The collaborative rules, without a database: who sees, who runs, who leads, and CLOSED. */
class CollaborativePolicyTest {

  final CollaborativePolicy policy = new CollaborativePolicy();
  final UUID id = UUID.randomUUID();
  final CollaborativeRef draft = new CollaborativeRef(id, true, false);
  final CollaborativeRef active = new CollaborativeRef(id, false, false);
  final CollaborativeRef closed = new CollaborativeRef(id, false, true);

  final Actor admin = TestActors.admin();
  final Actor lead = TestActors.faculty(Map.of(id, true));
  final Actor faculty = TestActors.faculty(Map.of(id, false));
  final Actor outsider = TestActors.faculty(Map.of(UUID.randomUUID(), true));
  final Actor member =
      TestActors.member(Map.of(UUID.randomUUID(), MemberRole.SENIOR_LEADER), List.of());
  final Actor machine = TestActors.machine(UUID.randomUUID(), List.of());

  @Test
  void draftsAreHiddenFromAllButAdminsAndTheirFaculty() {
    for (Actor sees : List.of(admin, lead, faculty)) {
      assertThatCode(() -> policy.requireVisible(sees, draft)).doesNotThrowAnyException();
    }
    for (Actor hidden : List.of(outsider, member)) {
      assertThatThrownBy(() -> policy.requireVisible(hidden, draft)).satisfies(e -> status(e, 404));
    }
    for (Actor sees : List.of(admin, lead, faculty, outsider, member)) {
      assertThatCode(() -> policy.requireVisible(sees, active)).doesNotThrowAnyException();
    }
  }

  @Test
  void machineClientsMayNotCallPeoplesOperations() {
    assertThatThrownBy(() -> policy.requireVisible(machine, active)).satisfies(e -> status(e, 403));
  }

  @Test
  void leadsAndAdminsManageFacultyRunTheSessions() {
    assertThatCode(() -> policy.requireChangeAsLead(admin, active)).doesNotThrowAnyException();
    assertThatCode(() -> policy.requireChangeAsLead(lead, active)).doesNotThrowAnyException();
    assertThatThrownBy(() -> policy.requireChangeAsLead(faculty, active))
        .satisfies(e -> status(e, 403));
    assertThatThrownBy(() -> policy.requireChangeAsLead(member, active))
        .satisfies(e -> status(e, 403));
    assertThatCode(() -> policy.requireChangeAsFaculty(faculty, active)).doesNotThrowAnyException();
    assertThatThrownBy(() -> policy.requireChangeAsFaculty(outsider, active))
        .satisfies(e -> status(e, 403));
    assertThatThrownBy(() -> policy.requireChangeAsFaculty(outsider, draft))
        .satisfies(e -> status(e, 404));
  }

  @Test
  void aClosedCollaborativeIsReadOnlyForEveryoneButTheTransitionStaysOpenToLeads() {
    for (Actor a : List.of(admin, lead)) {
      assertThatThrownBy(() -> policy.requireChangeAsLead(a, closed))
          .satisfies(e -> status(e, 409));
      assertThatThrownBy(() -> policy.requireChangeAsFaculty(a, closed))
          .satisfies(e -> status(e, 409));
      assertThatCode(() -> policy.requireTransition(a, closed)).doesNotThrowAnyException();
    }
    // authorisation comes first: someone who may not change it learns nothing about its state
    assertThatThrownBy(() -> policy.requireChangeAsLead(faculty, closed))
        .satisfies(e -> status(e, 403));
  }

  @Test
  void theListFilterIsTheSameRule() {
    assertThat(policy.scope(admin).where("c.id", "c.draft")).isEqualTo(Filter.ALL);
    assertThat(policy.scope(member).where("c.id", "c.draft").jpql()).isEqualTo("not (c.draft)");
    Filter f = policy.scope(faculty).where("c.id", "c.draft");
    assertThat(f.jpql()).isEqualTo("(not (c.draft) or c.id in :scopeDrafts)");
    assertThat(f.params()).containsEntry("scopeDrafts", java.util.Set.of(id));
    assertThat(policy.scope(faculty).includes(draft)).isTrue();
    assertThat(policy.scope(outsider).includes(draft)).isFalse();
  }

  @Test
  void onlyAdminsAndFacultyCreateAndOnlyAdminsMoveBack() {
    assertThatCode(() -> policy.requireCreate(outsider)).doesNotThrowAnyException();
    assertThatThrownBy(() -> policy.requireCreate(member)).satisfies(e -> status(e, 403));
    assertThat(policy.mayMoveBack(admin)).isTrue();
    assertThat(policy.mayMoveBack(lead)).isFalse();
    assertThat(policy.mayMoveForward(lead, id)).isTrue();
    assertThat(policy.mayMoveForward(faculty, id)).isFalse();
  }

  static void status(Throwable e, int status) {
    assertThat(e).isInstanceOf(ApiException.class);
    assertThat(((ApiException) e).status()).isEqualTo(status);
  }
}
