package org.lcp.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.Waitlist;
import org.lcp.api.model.WaitlistEntry;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Actor;
import org.lcp.common.security.ApplicationPolicy;
import org.lcp.common.web.Times;
import org.lcp.organization.OrganizationRepository;

/**
 * A collaborative's waitlist, in order: lead faculty read it and put it in a new order. Who joins
 * or leaves it is decided by the decisions ({@link ApplicationLifecycleService}).
 */
@ApplicationScoped
public class WaitlistService {

  private final ApplicationRepository applications;
  private final CollaborativeRepository collaboratives;
  private final OrganizationRepository organizations;
  private final ApplicationPolicy policy;
  private final AuditLog audit;

  public WaitlistService(
      ApplicationRepository applications,
      CollaborativeRepository collaboratives,
      OrganizationRepository organizations,
      ApplicationPolicy policy,
      AuditLog audit) {
    this.applications = applications;
    this.collaboratives = collaboratives;
    this.organizations = organizations;
    this.policy = policy;
    this.audit = audit;
  }

  @Transactional
  public Waitlist get(Actor actor, UUID collaborativeId) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireWaitlistRead(actor, c.ref());
    return view(applications.waitlist(c.id));
  }

  /**
   * Puts the waitlist in the order given, which must name every waitlisted application once;
   * serialised with the collaborative's decisions on its row.
   */
  @Transactional
  public Waitlist reorder(Actor actor, UUID collaborativeId, List<UUID> order) {
    Collaborative c = collaboratives.requireLocked(collaborativeId);
    policy.requireWaitlistChange(actor, c.ref());
    List<Application> current = applications.waitlist(c.id);
    List<UUID> before = current.stream().map(a -> a.id).toList();
    if (order.size() != before.size() || !new HashSet<>(order).equals(new HashSet<>(before))) {
      throw ApiException.conflict(
          "the order must name every waitlisted application of the collaborative exactly once: "
              + "it has "
              + before.size()
              + " and the order given names "
              + order.size()
              + (new HashSet<>(before).containsAll(order) ? "" : ", some not on the waitlist")
              + "; read the waitlist again");
    }
    Map<UUID, Application> byId =
        current.stream().collect(java.util.stream.Collectors.toMap(a -> a.id, a -> a));
    for (int i = 0; i < order.size(); i++) {
      byId.get(order.get(i)).waitlistPosition = i + 1;
    }
    applications.flush();
    if (!before.equals(order)) {
      audit.record(
          "waitlist.reordered",
          new Subject("collaborative", c.id, null, c.id),
          Map.of("order", before.stream().map(UUID::toString).toList()),
          Map.of("order", order.stream().map(UUID::toString).toList()),
          null);
    }
    return view(applications.waitlist(c.id));
  }

  private Waitlist view(List<Application> waitlist) {
    Map<UUID, String> names =
        organizations.names(waitlist.stream().map(a -> a.organizationId).toList());
    return new Waitlist()
        .items(
            waitlist.stream()
                .map(
                    a ->
                        new WaitlistEntry()
                            .applicationId(a.id)
                            .organizationId(a.organizationId)
                            .organizationName(names.get(a.organizationId))
                            .position(a.waitlistPosition)
                            .decidedAt(Times.utc(a.decidedAt)))
                .toList());
  }
}
