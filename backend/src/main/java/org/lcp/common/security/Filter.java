package org.lcp.common.security;

import java.util.Map;

/**
 * A condition a policy adds to a list query: JPQL over the paths the repository names, with its
 * parameters. It is the list form of the same rule the policy applies to one resource.
 */
public record Filter(String jpql, Map<String, Object> params) {

  public static final Filter ALL = new Filter("1 = 1", Map.of());
  public static final Filter NONE = new Filter("1 = 0", Map.of());
}
