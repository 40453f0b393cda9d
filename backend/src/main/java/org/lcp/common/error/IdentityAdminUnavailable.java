package org.lcp.common.error;

/**
 * Keycloak's admin API did not answer, or answered with an error the API cannot act on. Answered
 * 503 {@code /problems/service-unavailable} with Retry-After; the operation changed nothing in the
 * API's database (every Keycloak call comes before the write).
 */
public class IdentityAdminUnavailable extends RuntimeException {

  public IdentityAdminUnavailable(String what, Throwable cause) {
    super(what, cause);
  }
}
