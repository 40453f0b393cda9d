package org.lcp.common.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, resolved once per request from the token and the platform's own data.
 *
 * @param kind a person, or a site's data system (service-account token)
 * @param userId the person's platform id (null for a machine client)
 * @param subject the token's subject
 * @param roles platform roles from the token (admin, faculty)
 * @param machineOrganizationId for a registered, enabled machine client: the organisation it acts
 *     for
 * @param machineClientId the client id of a machine client
 */
public record Caller(
    Kind kind,
    UUID userId,
    String subject,
    String email,
    String name,
    Set<String> roles,
    UUID machineOrganizationId,
    String machineClientId) {

  public enum Kind {
    PERSON,
    MACHINE_CLIENT
  }

  public static final String ADMIN = "admin";
  public static final String FACULTY = "faculty";

  public boolean isPerson() {
    return kind == Kind.PERSON;
  }

  public boolean isAdmin() {
    return isPerson() && roles.contains(ADMIN);
  }

  public boolean isFacultyRole() {
    return isPerson() && roles.contains(FACULTY);
  }

  public String displayName() {
    if (name != null && !name.isBlank()) {
      return name;
    }
    if (email != null) {
      return email;
    }
    return machineClientId != null ? machineClientId : subject;
  }
}
