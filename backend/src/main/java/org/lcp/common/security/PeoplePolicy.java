package org.lcp.common.security;

import jakarta.enterprise.context.ApplicationScoped;

/** The people the platform knows and their platform roles: platform admins only. */
@ApplicationScoped
public class PeoplePolicy {

  public void requireAdmin(Actor actor) {
    actor.requireAdmin();
  }
}
