package org.lcp.common.security;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Whose data an actor may see or change: every organisation's, or those named. The single decision
 * ({@link #includes}) and the list filter ({@link #where}) are the same rule; the organisation,
 * team and metrics policies hand it out.
 */
public record OrganizationScope(boolean all, Set<UUID> organizations) {

  public static final OrganizationScope ALL = new OrganizationScope(true, Set.of());

  public static OrganizationScope of(Set<UUID> organizations) {
    return new OrganizationScope(false, Set.copyOf(organizations));
  }

  public boolean includes(UUID organizationId) {
    return all || organizations.contains(organizationId);
  }

  /**
   * The list form of {@link #includes}, over the organisation id path (or column) given; it reads
   * the same in JPQL and in SQL.
   */
  public Filter where(String organizationId) {
    if (all) {
      return Filter.ALL;
    }
    return organizations.isEmpty()
        ? Filter.NONE
        : new Filter(
            organizationId + " in (:scopeOrganizations)",
            Map.of("scopeOrganizations", organizations));
  }
}
