package org.lcp.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.OrganizationInput;
import org.lcp.api.model.OrganizationPage;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.ProblemTypes;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Actor;
import org.lcp.common.security.OrganizationPolicy;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Text;
import org.lcp.common.web.Times;
import org.lcp.common.web.Versioned;

/**
 * Organisations (sites): each operation loads, authorises, changes and answers in one transaction.
 */
@ApplicationScoped
public class OrganizationService {

  private final OrganizationRepository organizations;
  private final MembershipRepository memberships;
  private final OrganizationPolicy policy;
  private final AuditLog audit;

  public OrganizationService(
      OrganizationRepository organizations,
      MembershipRepository memberships,
      OrganizationPolicy policy,
      AuditLog audit) {
    this.organizations = organizations;
    this.memberships = memberships;
    this.policy = policy;
    this.audit = audit;
  }

  @Transactional
  public OrganizationPage list(Actor actor, String q, Integer page, Integer size) {
    Paging<Organization> result =
        Paging.of(organizations.search(policy.scope(actor).where("id"), q), page, size);
    Map<UUID, Long> counts = memberships.counts(result.items().stream().map(o -> o.id).toList());
    return new OrganizationPage()
        .page(result.page())
        .size(result.size())
        .total(result.total())
        .items(
            result.items().stream()
                .map(o -> OrganizationMapper.toApi(o, counts.get(o.id)))
                .toList());
  }

  @Transactional
  public Versioned<org.lcp.api.model.Organization> get(Actor actor, UUID id) {
    policy.requireVisible(actor, id);
    return view(organizations.require(id));
  }

  @Transactional
  public Versioned<org.lcp.api.model.Organization> create(Actor actor, OrganizationInput in) {
    policy.requireCreate(actor);
    requireUniqueName(in.getName(), null);
    Organization o = new Organization();
    o.id = UUID.randomUUID();
    apply(o, in);
    o.created(Instant.now());
    organizations.persist(o);
    audit.record("organization.created", Subject.organization(o.id), null, o.snapshot(), null);
    organizations.flush();
    return Versioned.of(o.version, OrganizationMapper.toApi(o, 0L));
  }

  @Transactional
  public Versioned<org.lcp.api.model.Organization> update(
      Actor actor, UUID id, String ifMatch, OrganizationInput in) {
    policy.requireManager(actor, id);
    Organization o = organizations.require(id);
    ETags.require(ifMatch, o.version);
    requireUniqueName(in.getName(), id);
    Map<String, Object> before = o.snapshot();
    apply(o, in);
    o.updatedAt = Instant.now();
    var d = AuditLog.diff(before, o.snapshot());
    audit.record(
        "organization.updated", Subject.organization(o.id), d.get("before"), d.get("after"), null);
    organizations.flush();
    return view(o);
  }

  /**
   * Chooses (or, with null, clears) the organisation's data contact: one of its members, else 400
   * naming {@code memberId}.
   */
  @Transactional
  public Versioned<org.lcp.api.model.Organization> setDataContact(
      Actor actor, UUID id, String ifMatch, UUID memberId) {
    policy.requireManager(actor, id);
    Organization o = organizations.require(id);
    ETags.require(ifMatch, o.version);
    if (memberId != null && memberships.findInOrganization(id, memberId).isEmpty()) {
      throw ApiException.invalid(
          List.of(Violation.body("memberId", "is not a member of this organisation")));
    }
    Map<String, Object> before = o.snapshot();
    o.dataContactMemberId = memberId;
    o.updatedAt = Instant.now();
    var d = AuditLog.diff(before, o.snapshot());
    audit.record(
        "organization.data-contact-set",
        Subject.organization(o.id),
        d.get("before"),
        d.get("after"),
        null);
    organizations.flush();
    return view(o);
  }

  private Versioned<org.lcp.api.model.Organization> view(Organization o) {
    return Versioned.of(
        o.version, OrganizationMapper.toApi(o, memberships.counts(List.of(o.id)).get(o.id)));
  }

  /**
   * The same name in another case, or one that looks the same (a Cyrillic letter for a Latin one,
   * an invisible character inside), is another organisation's: 409 naming it.
   */
  private void requireUniqueName(String name, UUID self) {
    organizations
        .findByName(name)
        .filter(other -> !other.id.equals(self))
        .ifPresent(
            other -> {
              throw ApiException.conflict(
                  "an organisation named '" + other.name + "' already exists");
            });
    organizations
        .findLookAlike(name)
        .filter(other -> !other.id.equals(self))
        .ifPresent(
            other -> {
              throw new ApiException(
                  409,
                  ProblemTypes.LOOK_ALIKE_NAME,
                  "Name looks like another organisation's",
                  "the name reads the same as that of the organisation '"
                      + other.name
                      + "' ("
                      + other.id
                      + "), which may differ only in a look-alike letter or an invisible"
                      + " character; choose a name that reads differently",
                  null,
                  null);
            });
  }

  private static void apply(Organization o, OrganizationInput in) {
    o.name = in.getName().trim();
    o.nameSkeleton = Text.skeleton(o.name);
    o.city = Times.text(in.getCity());
    o.region = Times.text(in.getRegion());
    o.countryCode = Times.text(in.getCountryCode());
    o.website = Times.text(in.getWebsite());
    o.timeZone = zone(Times.text(in.getTimeZone()));
  }

  /** An IANA zone id as Java names it, or 400 naming the field. */
  private static String zone(String id) {
    if (id == null) {
      return null;
    }
    try {
      return ZoneId.of(id).getId();
    } catch (DateTimeException e) {
      throw ApiException.invalid(
          List.of(
              Violation.body("timeZone", "must be an IANA time zone such as America/New_York")));
    }
  }
}
