package org.lcp.organization;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.lcp.common.security.MemberRole;

/**
 * Whom to tell about an organisation's work (reminders of values owed): its data contact, its
 * senior leaders and its members by e-mail address, for many organisations in two queries.
 */
@ApplicationScoped
public class OrganizationContacts {

  /**
   * @param dataContact the data contact's user id, or null
   * @param seniorLeaders the senior leaders' user ids
   * @param membersByEmail every member's user id by lower-cased e-mail address
   */
  public record Contacts(
      UUID dataContact, List<UUID> seniorLeaders, Map<String, UUID> membersByEmail) {

    /** The members among these e-mail addresses (any case). */
    public List<UUID> membersAmong(Collection<String> emails) {
      return emails.stream()
          .map(e -> membersByEmail.get(e.toLowerCase(Locale.ROOT)))
          .filter(java.util.Objects::nonNull)
          .distinct()
          .toList();
    }
  }

  private final MembershipRepository memberships;

  public OrganizationContacts(MembershipRepository memberships) {
    this.memberships = memberships;
  }

  /** The contacts of each organisation (NONE-like for one without members). */
  public Map<UUID, Contacts> of(Collection<UUID> organizationIds) {
    Map<UUID, Contacts> out = new HashMap<>();
    if (organizationIds.isEmpty()) {
      return out;
    }
    Map<UUID, UUID> dataContacts = new HashMap<>();
    memberships
        .getEntityManager()
        .createQuery(
            "select o.id, m.user.id from Organization o, Membership m "
                + "where m.id = o.dataContactMemberId and m.organizationId = o.id and o.id in :ids",
            Object[].class)
        .setParameter("ids", organizationIds)
        .getResultList()
        .forEach(r -> dataContacts.put((UUID) r[0], (UUID) r[1]));
    Map<UUID, List<UUID>> leaders = new HashMap<>();
    Map<UUID, Map<String, UUID>> byEmail = new HashMap<>();
    memberships
        .getEntityManager()
        .createQuery(
            "select m.organizationId, m.user.id, m.user.email, m.role from Membership m "
                + "where m.organizationId in :ids",
            Object[].class)
        .setParameter("ids", organizationIds)
        .getResultList()
        .forEach(
            r -> {
              UUID org = (UUID) r[0];
              UUID user = (UUID) r[1];
              if (r[2] != null) {
                byEmail
                    .computeIfAbsent(org, o -> new HashMap<>())
                    .put(((String) r[2]).toLowerCase(Locale.ROOT), user);
              }
              if (r[3] == MemberRole.SENIOR_LEADER) {
                leaders.computeIfAbsent(org, o -> new ArrayList<>()).add(user);
              }
            });
    for (UUID org : organizationIds) {
      out.put(
          org,
          new Contacts(
              dataContacts.get(org),
              leaders.getOrDefault(org, List.of()),
              byEmail.getOrDefault(org, Map.of())));
    }
    return out;
  }
}
