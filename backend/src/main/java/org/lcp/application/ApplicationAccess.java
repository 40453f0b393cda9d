package org.lcp.application;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.lcp.common.error.ApiException;
import org.lcp.common.security.Access;
import org.lcp.common.security.Access.FacultyStanding;
import org.lcp.common.security.Caller;

/**
 * Who may see and do what with one application. Applicants are the members of the applying
 * organisation; the collaborative's faculty see it once it was submitted; lead faculty and admins
 * decide. Anyone else gets 404.
 */
@RequestScoped
public class ApplicationAccess {

  private final Access access;
  private final ApplicationService service;

  public ApplicationAccess(Access access, ApplicationService service) {
    this.access = access;
    this.service = service;
  }

  public boolean isApplicant(Application a) {
    return access.memberRole(a.organizationId).isPresent();
  }

  public FacultyStanding standing(Application a) {
    return access.facultyStanding(a.collaborativeId);
  }

  /** The application if the caller may see it; 404 otherwise. */
  public Application visible(UUID id) {
    Caller c = access.requirePerson();
    Application a = service.get(id);
    boolean faculty = a.everSubmitted() && standing(a) != FacultyStanding.NONE;
    if (!c.isAdmin() && !isApplicant(a) && !faculty) {
      throw ApiException.notFound("application", id);
    }
    return a;
  }

  /** Applicants change their own application; nobody else does. */
  public Application asApplicant(UUID id) {
    Application a = visible(id);
    if (!isApplicant(a)) {
      throw ApiException.forbidden("only members of the applying organisation may change its application");
    }
    return a;
  }

  /** Admins and the collaborative's lead faculty decide. */
  public Application asLead(UUID id) {
    Application a = visible(id);
    if (!access.caller().isAdmin() && standing(a) != FacultyStanding.LEAD) {
      throw ApiException.forbidden("only admins and the collaborative's lead faculty may do this");
    }
    return a;
  }
}
