package org.lcp.common.security;

import jakarta.enterprise.context.ApplicationScoped;

/** The audit trail is for platform admins only. */
@ApplicationScoped
public class AuditPolicy {

  public void requireReader(Actor actor) {
    actor.requireAdmin();
  }
}
