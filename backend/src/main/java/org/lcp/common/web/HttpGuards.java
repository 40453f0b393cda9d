package org.lcp.common.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lcp.common.error.Problem;
import org.lcp.common.error.ProblemTypes;

/**
 * Guards that run in the HTTP layer, before the REST layer reads a byte of the body: the body-size
 * limit (413) and a problem body for paths that no route serves (404); and {@code Vary: Origin} on
 * every answer, CORS preflights included, since the CORS headers depend on the request's origin.
 */
@ApplicationScoped
public class HttpGuards {

  private final long maxJsonBodyBytes;
  private final long maxUploadBytes;

  public HttpGuards(
      @ConfigProperty(name = "lcp.http.max-json-body-bytes") long maxJsonBodyBytes,
      @ConfigProperty(name = "lcp.metrics.max-upload-bytes") long maxUploadBytes) {
    this.maxJsonBodyBytes = maxJsonBodyBytes;
    this.maxUploadBytes = maxUploadBytes;
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(HttpGuards::varyOnOrigin);
    router.route().order(Integer.MIN_VALUE + 100).handler(this::limitBody);
  }

  /**
   * A shared cache must not serve an answer made for one origin (with its
   * Access-Control-Allow-Origin, or without one) to a request from another: every answer varies on
   * Origin.
   */
  static void varyOnOrigin(RoutingContext ctx) {
    ctx.addHeadersEndHandler(
        v -> {
          var headers = ctx.response().headers();
          headers.set(HttpHeaders.VARY, withOrigin(headers.get(HttpHeaders.VARY)));
        });
    ctx.next();
  }

  /** A Vary header's value that names Origin: the given one, with Origin added when missing. */
  public static String withOrigin(String vary) {
    if (vary == null || vary.isBlank()) {
      return "Origin";
    }
    boolean named =
        Arrays.stream(vary.split(","))
            .map(String::trim)
            .anyMatch(h -> h.equalsIgnoreCase("Origin") || h.equals("*"));
    return named ? vary : vary + ", Origin";
  }

  /** Metric uploads may be large; every other body is small JSON. */
  long limitFor(String path) {
    return path.endsWith("/metric-imports") ? maxUploadBytes : maxJsonBodyBytes;
  }

  private void limitBody(RoutingContext ctx) {
    String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    long limit = limitFor(ctx.normalizedPath());
    if (length != null) {
      long bytes;
      try {
        bytes = Long.parseLong(length.trim());
      } catch (NumberFormatException e) {
        send(
            ctx,
            400,
            ProblemTypes.MALFORMED,
            "Malformed request",
            "the Content-Length header is not a number");
        return;
      }
      if (bytes > limit) {
        send(
            ctx,
            413,
            ProblemTypes.PAYLOAD_TOO_LARGE,
            "Payload too large",
            "the request body has "
                + bytes
                + " bytes; this endpoint takes at most "
                + limit
                + " bytes");
        return;
      }
    }
    ctx.next();
  }

  static void send(RoutingContext ctx, int status, String type, String title, String detail) {
    ctx.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(Problem.json(status, type, title, detail, ctx.normalizedPath()));
  }
}
