package org.lcp.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Refs.ApplicationRef;
import org.lcp.common.security.Refs.CollaborativeRef;

/**
 * Reviews: lead faculty and admins see them all side by side and assign reviewers; a reviewer sees
 * and writes their own; for applicants (and anyone who is not the collaborative's faculty) they do
 * not exist: 404 on every path.
 */
@ApplicationScoped
public class ReviewPolicy {

  private final ApplicationPolicy applications;
  private final CollaborativePolicy collaboratives;

  public ReviewPolicy(ApplicationPolicy applications, CollaborativePolicy collaboratives) {
    this.applications = applications;
    this.collaboratives = collaboratives;
  }

  /** Which of an application's reviews the actor sees: all of them, or only their own. */
  public record Scope(boolean all, UUID reviewer) {
    public boolean includes(UUID reviewerId) {
      return all || reviewerId.equals(reviewer);
    }
  }

  /** The application's reviews exist for admins and the collaborative's faculty only. */
  public Scope scope(Actor actor, ApplicationRef a) {
    applications.requireVisible(actor, a);
    if (!collaboratives.isFaculty(actor, a.collaborative().id())) {
      throw ApiException.notFound("application", a.id());
    }
    return new Scope(collaboratives.isLead(actor, a.collaborative().id()), actor.userId());
  }

  /** Listing reviews: a faculty member who is neither lead nor a reviewer has nothing to see. */
  public Scope requireList(Actor actor, ApplicationRef a, boolean isReviewer) {
    Scope s = scope(actor, a);
    if (!s.all() && !isReviewer) {
      throw ApiException.forbidden(
          "only lead faculty, admins and the application's reviewers see its reviews");
    }
    return s;
  }

  public void requireRead(Actor actor, ApplicationRef a, UUID reviewerId) {
    if (!scope(actor, a).includes(reviewerId)) {
      throw ApiException.forbidden("only lead faculty, admins and the reviewer see a review");
    }
  }

  public void requireAssign(Actor actor, ApplicationRef a) {
    if (!scope(actor, a).all()) {
      throw ApiException.forbidden(
          "only admins and the collaborative's lead faculty assign reviewers");
    }
    collaboratives.requireWritable(a.collaborative());
  }

  /** Only the reviewer themself scores or recuses. */
  public void requireOwnReviewChange(Actor actor, ApplicationRef a, UUID reviewerId) {
    scope(actor, a);
    if (!reviewerId.equals(actor.userId())) {
      throw ApiException.forbidden("only the reviewer themself may write their review");
    }
    collaboratives.requireWritable(a.collaborative());
  }

  /**
   * A collaborative's ranking of applicants by review scores: admins and its lead faculty, who see
   * every review.
   */
  public void requireRanking(Actor actor, CollaborativeRef c) {
    collaboratives.requireLead(actor, c);
  }
}
