package org.lcp.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lcp.common.security.PolicyWorld.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.common.security.Refs.ApplicationRef;

/** Who sees and writes reviews: every rule of ReviewPolicy, without a database. */
class ReviewPolicyTest {

  private final PolicyWorld w = new PolicyWorld();
  private final CollaborativePolicy collaboratives = new CollaborativePolicy();
  private final ReviewPolicy policy =
      new ReviewPolicy(new ApplicationPolicy(collaboratives), collaboratives);

  @Test
  void reviewsExistForAdminsAndTheCollaborativesFacultyOnly() {
    ApplicationRef a = w.submitted;
    assertThat(policy.scope(w.admin, a).all()).isTrue();
    assertThat(policy.scope(w.lead, a).all()).isTrue();
    ReviewPolicy.Scope own = policy.scope(w.faculty, a);
    assertThat(own.all()).isFalse();
    assertThat(own.includes(w.faculty.userId())).isTrue();
    assertThat(own.includes(w.lead.userId())).isFalse();
    // applicants, strangers and other collaboratives' faculty: they do not exist
    assertThat(status(() -> policy.scope(w.member, a))).isEqualTo(404);
    assertThat(status(() -> policy.scope(w.otherMember, a))).isEqualTo(404);
    assertThat(status(() -> policy.scope(w.otherFaculty, a))).isEqualTo(404);
    assertThat(status(() -> policy.scope(w.machine, a))).isEqualTo(403);
    // nor for a draft, which faculty do not see
    assertThat(status(() -> policy.scope(w.lead, w.draftApplication))).isEqualTo(404);
  }

  @Test
  void aFacultyMemberWhoIsNoReviewerHasNoListToSee() {
    assertThat(status(() -> policy.requireList(w.faculty, w.submitted, false))).isEqualTo(403);
    assertThat(policy.requireList(w.faculty, w.submitted, true).all()).isFalse();
    assertThat(policy.requireList(w.lead, w.submitted, false).all()).isTrue();
    assertThat(status(() -> policy.requireList(w.member, w.submitted, true))).isEqualTo(404);
  }

  @Test
  void aReviewerReadsTheirOwnReviewLeadsReadEvery() {
    UUID reviewer = w.faculty.userId();
    assertThat(status(() -> policy.requireRead(w.faculty, w.submitted, reviewer))).isZero();
    assertThat(status(() -> policy.requireRead(w.lead, w.submitted, reviewer))).isZero();
    assertThat(status(() -> policy.requireRead(w.admin, w.submitted, reviewer))).isZero();
    assertThat(status(() -> policy.requireRead(w.faculty, w.submitted, w.lead.userId())))
        .isEqualTo(403);
    assertThat(status(() -> policy.requireRead(w.member, w.submitted, reviewer))).isEqualTo(404);
    // reviews stay readable in a CLOSED collaborative
    assertThat(status(() -> policy.requireRead(w.faculty, w.closedApplication, reviewer))).isZero();
  }

  @Test
  void adminsAndLeadFacultyAssignReviewers() {
    assertThat(status(() -> policy.requireAssign(w.lead, w.submitted))).isZero();
    assertThat(status(() -> policy.requireAssign(w.admin, w.submitted))).isZero();
    assertThat(status(() -> policy.requireAssign(w.faculty, w.submitted))).isEqualTo(403);
    assertThat(status(() -> policy.requireAssign(w.member, w.submitted))).isEqualTo(404);
    assertThat(status(() -> policy.requireAssign(w.otherFaculty, w.submitted))).isEqualTo(404);
    assertThat(status(() -> policy.requireAssign(w.machine, w.submitted))).isEqualTo(403);
    assertThat(status(() -> policy.requireAssign(w.lead, w.closedApplication))).isEqualTo(409);
    assertThat(status(() -> policy.requireAssign(w.admin, w.closedApplication))).isEqualTo(409);
  }

  @Test
  void onlyTheReviewerThemselfScoresOrRecuses() {
    UUID reviewer = w.faculty.userId();
    assertThat(status(() -> policy.requireOwnReviewChange(w.faculty, w.submitted, reviewer)))
        .isZero();
    assertThat(status(() -> policy.requireOwnReviewChange(w.lead, w.submitted, reviewer)))
        .isEqualTo(403);
    assertThat(status(() -> policy.requireOwnReviewChange(w.admin, w.submitted, reviewer)))
        .isEqualTo(403);
    assertThat(status(() -> policy.requireOwnReviewChange(w.member, w.submitted, reviewer)))
        .isEqualTo(404);
    assertThat(status(() -> policy.requireOwnReviewChange(w.otherFaculty, w.submitted, reviewer)))
        .isEqualTo(404);
    assertThat(status(() -> policy.requireOwnReviewChange(w.machine, w.submitted, reviewer)))
        .isEqualTo(403);
    assertThat(
            status(() -> policy.requireOwnReviewChange(w.faculty, w.closedApplication, reviewer)))
        .isEqualTo(409);
    assertThat(status(() -> policy.requireOwnReviewChange(w.lead, w.closedApplication, reviewer)))
        .isEqualTo(403);
  }

  @Test
  void theRankingIsForAdminsAndLeadFacultyWhoSeeEveryReview() {
    assertThat(status(() -> policy.requireRanking(w.lead, w.open))).isZero();
    assertThat(status(() -> policy.requireRanking(w.admin, w.open))).isZero();
    assertThat(status(() -> policy.requireRanking(w.faculty, w.open))).isEqualTo(403);
    assertThat(status(() -> policy.requireRanking(w.member, w.open))).isEqualTo(403);
    assertThat(status(() -> policy.requireRanking(w.otherFaculty, w.open))).isEqualTo(403);
    assertThat(status(() -> policy.requireRanking(w.machine, w.open))).isEqualTo(403);
    // a draft collaborative is not there for a stranger; a closed one is still read
    assertThat(status(() -> policy.requireRanking(w.member, w.draft))).isEqualTo(404);
    assertThat(status(() -> policy.requireRanking(w.admin, w.closed))).isZero();
  }
}
