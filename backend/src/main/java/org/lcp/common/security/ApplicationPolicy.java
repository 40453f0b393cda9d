package org.lcp.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Refs.ApplicationRef;
import org.lcp.common.security.Refs.CollaborativeRef;

/**
 * Applications. Applicants are the members of the applying organisation: they start it, change it
 * and withdraw it. The collaborative's faculty see it once it was submitted (a first draft is the
 * applicant's alone); admins see all; admins and lead faculty return and decide. Anyone else: 404.
 * Every change ends in {@link CollaborativePolicy#requireWritable}: a CLOSED collaborative's
 * applications are read-only.
 */
@ApplicationScoped
public class ApplicationPolicy {

  private final CollaborativePolicy collaboratives;

  public ApplicationPolicy(CollaborativePolicy collaboratives) {
    this.collaboratives = collaboratives;
  }

  /** Which applications a person sees. */
  public record Scope(boolean all, Set<UUID> organizations, Set<UUID> facultyOf) {

    public boolean includes(ApplicationRef a) {
      return all
          || organizations.contains(a.organizationId())
          || (a.everSubmitted() && facultyOf.contains(a.collaborative().id()));
    }

    /**
     * The list form of {@link #includes}: the paths of the organisation and collaborative ids, and
     * a JPQL condition that holds once the application was submitted.
     */
    public Filter where(String organizationId, String collaborativeId, String everSubmitted) {
      if (all) {
        return Filter.ALL;
      }
      StringBuilder b = new StringBuilder("(1 = 0");
      Map<String, Object> p = new HashMap<>();
      if (!organizations.isEmpty()) {
        b.append(" or ").append(organizationId).append(" in :scopeOrganizations");
        p.put("scopeOrganizations", organizations);
      }
      if (!facultyOf.isEmpty()) {
        b.append(" or (")
            .append(everSubmitted)
            .append(" and ")
            .append(collaborativeId)
            .append(" in :scopeFacultyOf)");
        p.put("scopeFacultyOf", facultyOf);
      }
      return new Filter(b.append(")").toString(), p);
    }
  }

  public Scope scope(Actor actor) {
    actor.requirePerson();
    return new Scope(actor.isAdmin(), actor.memberships().keySet(), actor.facultyOf());
  }

  public void requireVisible(Actor actor, ApplicationRef a) {
    if (!scope(actor).includes(a)) {
      throw ApiException.notFound("application", a.id());
    }
  }

  /**
   * Starting an application: members of the organisation, to a collaborative they can see (the
   * platform itself too: demo data applies for its organisations).
   */
  public void requireStart(Actor actor, UUID organizationId, CollaborativeRef c) {
    actor.requirePerson();
    if (!isApplicant(actor, organizationId)) {
      if (actor.isAdmin()) {
        throw ApiException.forbidden("applications are made by members of the organisation");
      }
      throw ApiException.notFound("organization", organizationId);
    }
    collaboratives.requireVisible(actor, c);
    collaboratives.requireWritable(c);
  }

  /** Applicants change, submit and withdraw their own application; nobody else does. */
  public void requireApplicantChange(Actor actor, ApplicationRef a) {
    requireVisible(actor, a);
    if (!isApplicant(actor, a.organizationId())) {
      throw ApiException.forbidden(
          "only members of the applying organisation may change its application");
    }
    collaboratives.requireWritable(a.collaborative());
  }

  private static boolean isApplicant(Actor actor, UUID organizationId) {
    return actor.memberOf(organizationId) || actor.isSystem();
  }

  /** Admins and the collaborative's lead faculty return and decide. */
  public void requireDecide(Actor actor, ApplicationRef a) {
    requireVisible(actor, a);
    if (!collaboratives.isLead(actor, a.collaborative().id())) {
      throw ApiException.forbidden("only admins and the collaborative's lead faculty may do this");
    }
    collaboratives.requireWritable(a.collaborative());
  }

  /** A collaborative's readiness items: everyone who sees the collaborative reads them. */
  public void requireReadinessItemsVisible(Actor actor, CollaborativeRef c) {
    collaboratives.requireVisible(actor, c);
  }

  /** Admins and the collaborative's lead faculty replace them (not in a CLOSED one). */
  public void requireReadinessItemsChange(Actor actor, CollaborativeRef c) {
    collaboratives.requireChangeAsLead(actor, c);
  }

  /** A collaborative's waitlist: admins and its lead faculty (it orders applicants). */
  public void requireWaitlistRead(Actor actor, CollaborativeRef c) {
    collaboratives.requireLead(actor, c);
  }

  /** Reordering the waitlist: admins and its lead faculty, not in a CLOSED collaborative. */
  public void requireWaitlistChange(Actor actor, CollaborativeRef c) {
    collaboratives.requireChangeAsLead(actor, c);
  }
}
