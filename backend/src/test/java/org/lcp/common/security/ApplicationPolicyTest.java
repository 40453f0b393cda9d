package org.lcp.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lcp.common.security.PolicyWorld.status;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lcp.common.security.Refs.ApplicationRef;

/**
 * Who may see, start, change and decide an application: every rule of ApplicationPolicy, without a
 * database.
 */
class ApplicationPolicyTest {

  private final PolicyWorld w = new PolicyWorld();
  private final ApplicationPolicy policy = new ApplicationPolicy(new CollaborativePolicy());

  @Test
  void aFirstDraftIsTheApplicantsAloneAdminsAside() {
    ApplicationRef a = w.draftApplication;
    assertThat(status(() -> policy.requireVisible(w.admin, a))).isZero();
    assertThat(status(() -> policy.requireVisible(w.member, a))).isZero();
    assertThat(status(() -> policy.requireVisible(w.memberAndFaculty, a))).isZero();
    assertThat(status(() -> policy.requireVisible(w.system, a))).isZero();
    assertThat(status(() -> policy.requireVisible(w.lead, a))).isEqualTo(404);
    assertThat(status(() -> policy.requireVisible(w.faculty, a))).isEqualTo(404);
    assertThat(status(() -> policy.requireVisible(w.otherFaculty, a))).isEqualTo(404);
    assertThat(status(() -> policy.requireVisible(w.otherMember, a))).isEqualTo(404);
    assertThat(status(() -> policy.requireVisible(w.machine, a))).isEqualTo(403);
  }

  @Test
  void onceSubmittedTheCollaborativesFacultySeeIt() {
    ApplicationRef a = w.submitted;
    assertThat(status(() -> policy.requireVisible(w.lead, a))).isZero();
    assertThat(status(() -> policy.requireVisible(w.faculty, a))).isZero();
    assertThat(status(() -> policy.requireVisible(w.member, a))).isZero();
    assertThat(status(() -> policy.requireVisible(w.admin, a))).isZero();
    assertThat(status(() -> policy.requireVisible(w.otherFaculty, a))).isEqualTo(404);
    assertThat(status(() -> policy.requireVisible(w.otherMember, a))).isEqualTo(404);
    assertThat(status(() -> policy.requireVisible(w.machine, a))).isEqualTo(403);
  }

  @Test
  void membersStartTheirOrganisationsApplication() {
    assertThat(status(() -> policy.requireStart(w.member, w.org, w.open))).isZero();
    assertThat(status(() -> policy.requireStart(w.system, w.org, w.open))).isZero();
    assertThat(status(() -> policy.requireStart(w.admin, w.org, w.open))).isEqualTo(403);
    assertThat(status(() -> policy.requireStart(w.otherMember, w.org, w.open))).isEqualTo(404);
    assertThat(status(() -> policy.requireStart(w.lead, w.org, w.open))).isEqualTo(404);
    assertThat(status(() -> policy.requireStart(w.machine, w.org, w.open))).isEqualTo(403);
    // to a collaborative they can see, and not a CLOSED one
    assertThat(status(() -> policy.requireStart(w.member, w.org, w.draft))).isEqualTo(404);
    assertThat(status(() -> policy.requireStart(w.member, w.org, w.closed))).isEqualTo(409);
  }

  @Test
  void onlyApplicantsChangeTheirApplication() {
    ApplicationRef a = w.draftApplication;
    assertThat(status(() -> policy.requireApplicantChange(w.member, a))).isZero();
    assertThat(status(() -> policy.requireApplicantChange(w.memberAndFaculty, a))).isZero();
    assertThat(status(() -> policy.requireApplicantChange(w.system, a))).isZero();
    assertThat(status(() -> policy.requireApplicantChange(w.admin, a))).isEqualTo(403);
    assertThat(status(() -> policy.requireApplicantChange(w.lead, a))).isEqualTo(404);
    assertThat(status(() -> policy.requireApplicantChange(w.otherMember, a))).isEqualTo(404);
    assertThat(status(() -> policy.requireApplicantChange(w.machine, a))).isEqualTo(403);
    // faculty see a submitted one, and still may not change it
    assertThat(status(() -> policy.requireApplicantChange(w.lead, w.submitted))).isEqualTo(403);
    assertThat(status(() -> policy.requireApplicantChange(w.faculty, w.submitted))).isEqualTo(403);
  }

  @Test
  void inAClosedCollaborativeApplicationsAreReadOnly() {
    ApplicationRef a = w.closedApplication;
    assertThat(status(() -> policy.requireVisible(w.member, a))).isZero();
    assertThat(status(() -> policy.requireVisible(w.lead, a))).isZero();
    assertThat(status(() -> policy.requireApplicantChange(w.member, a))).isEqualTo(409);
    assertThat(status(() -> policy.requireApplicantChange(w.system, a))).isEqualTo(409);
    assertThat(status(() -> policy.requireDecide(w.lead, a))).isEqualTo(409);
    assertThat(status(() -> policy.requireDecide(w.admin, a))).isEqualTo(409);
    // who may not change it at all still hears so first
    assertThat(status(() -> policy.requireApplicantChange(w.admin, a))).isEqualTo(403);
    assertThat(status(() -> policy.requireDecide(w.faculty, a))).isEqualTo(403);
    assertThat(status(() -> policy.requireDecide(w.otherMember, a))).isEqualTo(404);
  }

  @Test
  void adminsAndLeadFacultyReturnAndDecide() {
    ApplicationRef a = w.submitted;
    assertThat(status(() -> policy.requireDecide(w.admin, a))).isZero();
    assertThat(status(() -> policy.requireDecide(w.lead, a))).isZero();
    assertThat(status(() -> policy.requireDecide(w.system, a))).isZero();
    assertThat(status(() -> policy.requireDecide(w.faculty, a))).isEqualTo(403);
    assertThat(status(() -> policy.requireDecide(w.member, a))).isEqualTo(403);
    assertThat(status(() -> policy.requireDecide(w.otherFaculty, a))).isEqualTo(404);
    assertThat(status(() -> policy.requireDecide(w.otherMember, a))).isEqualTo(404);
    assertThat(status(() -> policy.requireDecide(w.machine, a))).isEqualTo(403);
    // a draft cannot be decided: lead faculty do not even see it
    assertThat(status(() -> policy.requireDecide(w.lead, w.draftApplication))).isEqualTo(404);
  }

  @Test
  void theListFilterIsTheSameRule() {
    assertThat(policy.scope(w.admin).where("o", "c", "s")).isEqualTo(Filter.ALL);
    Filter member = policy.scope(w.member).where("a.org", "a.collab", "a.sent");
    assertThat(member.jpql()).isEqualTo("(1 = 0 or a.org in :scopeOrganizations)");
    assertThat(member.params()).isEqualTo(Map.of("scopeOrganizations", Set.of(w.org)));
    Filter faculty = policy.scope(w.faculty).where("a.org", "a.collab", "a.sent");
    assertThat(faculty.jpql()).isEqualTo("(1 = 0 or (a.sent and a.collab in :scopeFacultyOf))");
    assertThat(faculty.params())
        .isEqualTo(Map.of("scopeFacultyOf", Set.of(w.open.id(), w.closed.id())));
    Filter both = policy.scope(w.memberAndFaculty).where("a.org", "a.collab", "a.sent");
    assertThat(both.params()).containsOnlyKeys("scopeOrganizations", "scopeFacultyOf");
    assertThat(policy.scope(w.otherFaculty).includes(w.submitted)).isFalse();
    assertThat(policy.scope(w.faculty).includes(w.submitted)).isTrue();
    assertThat(policy.scope(w.faculty).includes(w.draftApplication)).isFalse();
    assertThat(status(() -> policy.scope(w.machine))).isEqualTo(403);
  }

  @Test
  void readinessItemsAreReadByAllWhoSeeTheCollaborativeAndChangedByItsLead() {
    assertThat(status(() -> policy.requireReadinessItemsVisible(w.otherMember, w.open))).isZero();
    assertThat(status(() -> policy.requireReadinessItemsVisible(w.member, w.draft))).isEqualTo(404);
    assertThat(status(() -> policy.requireReadinessItemsVisible(w.lead, w.draft))).isZero();
    assertThat(status(() -> policy.requireReadinessItemsVisible(w.machine, w.open))).isEqualTo(403);
    assertThat(status(() -> policy.requireReadinessItemsChange(w.lead, w.open))).isZero();
    assertThat(status(() -> policy.requireReadinessItemsChange(w.admin, w.open))).isZero();
    assertThat(status(() -> policy.requireReadinessItemsChange(w.faculty, w.open))).isEqualTo(403);
    assertThat(status(() -> policy.requireReadinessItemsChange(w.otherFaculty, w.open)))
        .isEqualTo(403);
    assertThat(status(() -> policy.requireReadinessItemsChange(w.member, w.open))).isEqualTo(403);
    assertThat(status(() -> policy.requireReadinessItemsChange(w.member, w.draft))).isEqualTo(404);
    assertThat(status(() -> policy.requireReadinessItemsChange(w.lead, w.closed))).isEqualTo(409);
  }

  @Test
  void adminsAndLeadFacultyReadAndOrderTheWaitlistNotInAClosedCollaborative() {
    assertThat(status(() -> policy.requireWaitlistRead(w.lead, w.open))).isZero();
    assertThat(status(() -> policy.requireWaitlistChange(w.lead, w.open))).isZero();
    assertThat(status(() -> policy.requireWaitlistChange(w.admin, w.open))).isZero();
    assertThat(status(() -> policy.requireWaitlistRead(w.faculty, w.open))).isEqualTo(403);
    assertThat(status(() -> policy.requireWaitlistChange(w.faculty, w.open))).isEqualTo(403);
    assertThat(status(() -> policy.requireWaitlistRead(w.member, w.open))).isEqualTo(403);
    assertThat(status(() -> policy.requireWaitlistRead(w.member, w.draft))).isEqualTo(404);
    assertThat(status(() -> policy.requireWaitlistRead(w.admin, w.closed))).isZero();
    assertThat(status(() -> policy.requireWaitlistChange(w.admin, w.closed))).isEqualTo(409);
  }
}
