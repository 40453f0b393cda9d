package org.lcp.collaborative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.FacultyAssignmentInput;
import org.lcp.api.model.FacultyAssignmentPage;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Actor;
import org.lcp.common.security.AppUser;
import org.lcp.common.security.AppUserRepository;
import org.lcp.common.security.CollaborativePolicy;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Versioned;

/** A collaborative's faculty: who runs it, and who leads. A collaborative always keeps a lead. */
@ApplicationScoped
public class FacultyService {

  private final CollaborativeRepository collaboratives;
  private final FacultyRepository faculty;
  private final AppUserRepository users;
  private final CollaborativePolicy policy;
  private final AuditLog audit;

  public FacultyService(
      CollaborativeRepository collaboratives,
      FacultyRepository faculty,
      AppUserRepository users,
      CollaborativePolicy policy,
      AuditLog audit) {
    this.collaboratives = collaboratives;
    this.faculty = faculty;
    this.users = users;
    this.policy = policy;
    this.audit = audit;
  }

  @Transactional
  public FacultyAssignmentPage list(Actor actor, UUID collaborativeId, Integer page, Integer size) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireVisible(actor, c.ref());
    Paging<FacultyAssignment> result = Paging.of(faculty.ofCollaborative(c.id), page, size);
    return new FacultyAssignmentPage()
        .page(result.page())
        .size(result.size())
        .total(result.total())
        .items(result.items().stream().map(CollaborativeMapper::toApi).toList());
  }

  @Transactional
  public Versioned<org.lcp.api.model.FacultyAssignment> get(
      Actor actor, UUID collaborativeId, UUID userId) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireVisible(actor, c.ref());
    FacultyAssignment a = require(c.id, userId);
    return Versioned.of(a.version, CollaborativeMapper.toApi(a));
  }

  @Transactional
  public Versioned<org.lcp.api.model.FacultyAssignment> assign(
      Actor actor, UUID collaborativeId, FacultyAssignmentInput in) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireChangeAsLead(actor, c.ref());
    AppUser user = users.findOrCreateByEmail(in.getEmail(), in.getName());
    if (faculty.find(c.id, user.id).isPresent()) {
      throw ApiException.conflict(user.email + " is already faculty of this collaborative");
    }
    FacultyAssignment a =
        newAssignment(c.id, user, Boolean.TRUE.equals(in.getLead()), Instant.now());
    faculty.persist(a);
    audit.record("faculty.assigned", subject(a), null, snapshot(a), null);
    faculty.flush();
    return Versioned.of(a.version, CollaborativeMapper.toApi(a));
  }

  /** The faculty member who sets a collaborative up leads it (inside the creating transaction). */
  @Transactional(Transactional.TxType.MANDATORY)
  void assignCreator(Collaborative c, UUID userId, Instant now) {
    faculty.persist(newAssignment(c.id, users.findById(userId), true, now));
  }

  @Transactional
  public Versioned<org.lcp.api.model.FacultyAssignment> update(
      Actor actor, UUID collaborativeId, UUID userId, String ifMatch, boolean lead) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireChangeAsLead(actor, c.ref());
    FacultyAssignment a = require(c.id, userId);
    ETags.require(ifMatch, a.version);
    if (a.lead && !lead) {
      requireAnotherLead(a);
    }
    if (a.lead != lead) {
      Map<String, Object> before = snapshot(a);
      a.lead = lead;
      a.updatedAt = Instant.now();
      audit.record("faculty.updated", subject(a), before, snapshot(a), null);
      faculty.flush();
    }
    return Versioned.of(a.version, CollaborativeMapper.toApi(a));
  }

  @Transactional
  public void unassign(Actor actor, UUID collaborativeId, UUID userId) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireChangeAsLead(actor, c.ref());
    FacultyAssignment a = require(c.id, userId);
    if (a.lead) {
      requireAnotherLead(a);
    }
    audit.record("faculty.unassigned", subject(a), snapshot(a), null, null);
    faculty.delete(a);
  }

  private FacultyAssignment require(UUID collaborativeId, UUID userId) {
    return faculty
        .find(collaborativeId, userId)
        .orElseThrow(() -> ApiException.notFound("faculty assignment of user", userId));
  }

  private void requireAnotherLead(FacultyAssignment a) {
    if (faculty.countLeads(a.key.collaborativeId) <= 1) {
      throw ApiException.conflict("the collaborative needs a lead: make someone else lead first");
    }
  }

  private static FacultyAssignment newAssignment(
      UUID collaborativeId, AppUser user, boolean lead, Instant now) {
    FacultyAssignment a = new FacultyAssignment();
    a.key = new FacultyAssignment.Key(collaborativeId, user.id);
    a.user = user;
    a.lead = lead;
    a.assignedAt = now;
    a.updatedAt = now;
    return a;
  }

  private static Subject subject(FacultyAssignment a) {
    return new Subject("faculty-assignment", a.key.userId, null, a.key.collaborativeId);
  }

  private static Map<String, Object> snapshot(FacultyAssignment a) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("email", a.user.email);
    s.put("lead", a.lead);
    return s;
  }
}
