package org.lcp.common.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Problem;
import org.lcp.common.error.Violation;

/** What the REST layer checks of every request before it reaches a resource. */
public class RequestFilters {

  /**
   * Query and path parameters meet {@link Text}'s rules: a NUL or another control character, or a
   * lone surrogate, is answered 400 naming the parameter (PostgreSQL would refuse a NUL with a
   * 500).
   */
  @ServerRequestFilter
  public void parameterText(ContainerRequestContext request) {
    List<Violation> violations = new ArrayList<>();
    check(request.getUriInfo().getQueryParameters(), "query", violations);
    check(request.getUriInfo().getPathParameters(), "path", violations);
    if (!violations.isEmpty()) {
      throw ApiException.invalid(violations);
    }
  }

  /**
   * A DELETE answers 204 without a body, and problem+json when it fails, whatever the Accept header
   * asks: a client that sends {@code Accept: application/json} by habit is not answered 406.
   */
  @ServerRequestFilter(preMatching = true)
  public void deleteAccepts(ContainerRequestContext request) {
    if (HttpMethod.DELETE.equals(request.getMethod())) {
      request.getHeaders().putSingle(HttpHeaders.ACCEPT, Problem.MEDIA_TYPE + ", */*;q=0.1");
    }
  }

  private static void check(
      MultivaluedMap<String, String> params, String in, List<Violation> violations) {
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      for (String value : e.getValue()) {
        try {
          Text.name(value);
        } catch (Text.InvalidText x) {
          violations.add(new Violation(e.getKey(), in, x.getMessage()));
          break;
        }
      }
    }
  }
}
