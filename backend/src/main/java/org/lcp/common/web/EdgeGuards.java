package org.lcp.common.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lcp.common.error.ProblemTypes;

/**
 * Refusals that happen before the REST layer, answered as problem+json like every other error:
 *
 * <ul>
 *   <li>a request line longer than {@code lcp.http.max-url-length} characters: 414;
 *   <li>request headers larger than {@code lcp.http.max-header-bytes} in all: 431;
 *   <li>a browser request from an origin that is not allowed ({@code quarkus.http.cors.origins}):
 *       403.
 * </ul>
 *
 * Vert.x itself refuses lines and headers beyond {@code
 * quarkus.http.limits.max-initial-line-length} and {@code max-header-size} before any route runs,
 * with a bare status; those limits are set well above ours so that ours are the ones a client
 * meets.
 */
@ApplicationScoped
public class EdgeGuards {

  private final int maxUrlLength;
  private final int maxHeaderBytes;
  private final List<String> allowedOrigins;

  public EdgeGuards(
      @ConfigProperty(name = "lcp.http.max-url-length") int maxUrlLength,
      @ConfigProperty(name = "lcp.http.max-header-bytes") int maxHeaderBytes,
      @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> allowedOrigins) {
    this.maxUrlLength = maxUrlLength;
    this.maxHeaderBytes = maxHeaderBytes;
    this.allowedOrigins = allowedOrigins.orElse(List.of());
  }

  void install(@Observes Router router) {
    // before the body limit (HttpGuards), the CORS filter and the REST layer
    router.route().order(Integer.MIN_VALUE + 50).handler(this::guard);
  }

  private void guard(RoutingContext ctx) {
    String uri = ctx.request().uri();
    if (uri.length() > maxUrlLength) {
      HttpGuards.send(
          ctx,
          414,
          ProblemTypes.URI_TOO_LONG,
          "URI too long",
          "the request URI has "
              + uri.length()
              + " characters; the API takes at most "
              + maxUrlLength
              + " (send long input in a request body)");
      return;
    }
    long headerBytes = 0;
    for (Map.Entry<String, String> h : ctx.request().headers()) {
      headerBytes += h.getKey().length() + h.getValue().length() + 4;
    }
    if (headerBytes > maxHeaderBytes) {
      HttpGuards.send(
          ctx,
          431,
          ProblemTypes.HEADERS_TOO_LARGE,
          "Request header fields too large",
          "the request headers have "
              + headerBytes
              + " bytes; the API takes at most "
              + maxHeaderBytes);
      return;
    }
    String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
    if (origin != null && !originAllowed(ctx, origin)) {
      boolean preflight =
          ctx.request().method() == HttpMethod.OPTIONS
              && ctx.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
      HttpGuards.send(
          ctx,
          403,
          ProblemTypes.CORS_ORIGIN_REFUSED,
          "Origin not allowed",
          (preflight ? "a cross-origin request" : "a request")
              + " from "
              + origin
              + " is refused: the API answers browsers only from the web client's origins");
      return;
    }
    ctx.next();
  }

  /** The configured web client origins, "*" for any, and the API's own origin. */
  boolean originAllowed(RoutingContext ctx, String origin) {
    if (allowedOrigins.contains("*") || allowedOrigins.contains(origin)) {
      return true;
    }
    String host = ctx.request().getHeader(HttpHeaders.HOST);
    return host != null && origin.equals(ctx.request().scheme() + "://" + host);
  }
}
