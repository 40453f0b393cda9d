package org.lcp.common.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lcp.common.error.Problem;
import org.lcp.common.error.ProblemTypes;

/**
 * Guards that run in the HTTP layer, before the REST layer reads a byte of the body: the body-size
 * limit for bodies with a Content-Length (413; {@link BodyLimit} counts the others), the number of
 * uploads processed at once (503 with Retry-After) and a problem body for paths that no route
 * serves (404); and {@code Vary: Origin} on every answer, CORS preflights included, since the CORS
 * headers depend on the request's origin.
 */
@ApplicationScoped
public class HttpGuards {

  private final long maxJsonBodyBytes;
  private final long maxUploadBytes;
  private final long maxLibraryBodyBytes;
  private final int maxConcurrentUploads;
  private final int retryAfterSeconds;
  private final Semaphore uploads;

  public HttpGuards(
      @ConfigProperty(name = "lcp.http.max-json-body-bytes") long maxJsonBodyBytes,
      @ConfigProperty(name = "lcp.metrics.max-upload-bytes") long maxUploadBytes,
      @ConfigProperty(name = "lcp.metrics.max-concurrent-uploads") int maxConcurrentUploads,
      @ConfigProperty(name = "lcp.metrics.busy-retry-after-seconds") int retryAfterSeconds,
      @ConfigProperty(name = "lcp.library.max-upload-bytes") long maxLibraryUploadBytes) {
    this.maxJsonBodyBytes = maxJsonBodyBytes;
    this.maxUploadBytes = maxUploadBytes;
    // the form's other parts and its boundaries come on top of the file
    this.maxLibraryBodyBytes = maxLibraryUploadBytes + LIBRARY_FORM_OVERHEAD;
    this.maxConcurrentUploads = Math.max(1, maxConcurrentUploads);
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    this.uploads = new Semaphore(this.maxConcurrentUploads);
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(HttpGuards::varyOnOrigin);
    router
        .route()
        .order(Integer.MIN_VALUE + 100)
        .handler(this::limitBody)
        .failureHandler(this::tooLarge);
    router.route().order(Integer.MIN_VALUE + 101).handler(this::limitUploads);
  }

  /** What a library upload's form may hold besides its file (fields, boundaries, part headers). */
  static final long LIBRARY_FORM_OVERHEAD = 64 * 1024;

  static boolean isUpload(String path) {
    return path.endsWith("/metric-imports");
  }

  /**
   * A library upload (multipart/form-data): a file to a library, or a new version of one. Its body
   * is read by the form parser into a temporary file, and the file part is limited again as it is
   * stored ({@code lcp.library.max-upload-bytes}).
   */
  static boolean isLibraryUpload(String path) {
    return path.startsWith("/api/")
        && (path.endsWith("/library/files")
            || (path.startsWith("/api/library/items/") && path.endsWith("/versions")));
  }

  /**
   * At most {@code lcp.metrics.max-concurrent-uploads} uploads at once in this process, from their
   * first byte to their answer, so that uploads cannot together exhaust its memory: one more is
   * answered 503 with Retry-After at once, before its body is read.
   */
  private void limitUploads(RoutingContext ctx) {
    if (ctx.request().method() != HttpMethod.POST || !isUpload(ctx.normalizedPath())) {
      ctx.next();
      return;
    }
    if (!uploads.tryAcquire()) {
      ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds));
      send(
          ctx,
          503,
          ProblemTypes.UNAVAILABLE,
          "Service unavailable",
          "this server is already processing "
              + maxConcurrentUploads
              + " uploads, its limit; retry after "
              + retryAfterSeconds
              + " seconds");
      return;
    }
    AtomicBoolean held = new AtomicBoolean(true);
    ctx.addEndHandler(
        done -> {
          if (held.getAndSet(false)) {
            uploads.release();
          }
        });
    ctx.next();
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
    return isUpload(path)
        ? maxUploadBytes
        : isLibraryUpload(path) ? maxLibraryBodyBytes : maxJsonBodyBytes;
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
        tooLarge(ctx, Long.toString(bytes), limit);
        return;
      }
    } else if (!isUpload(ctx.normalizedPath())
        && !isLibraryUpload(ctx.normalizedPath())
        && hasBody(ctx)) {
      // no Content-Length (chunked): a small JSON body is read here, counted as it arrives, and
      // refused (413, through tooLarge) at the first byte over the limit; uploads are counted as
      // they are read instead (BodyLimit), so that they never sit in memory
      BodyHandler.create(false).setBodyLimit(limit).handle(ctx);
      return;
    }
    ctx.next();
  }

  private static boolean hasBody(RoutingContext ctx) {
    HttpMethod m = ctx.request().method();
    return m != HttpMethod.GET && m != HttpMethod.HEAD && m != HttpMethod.OPTIONS;
  }

  /** The body handler's refusal of a chunked body, as a problem. */
  private void tooLarge(RoutingContext ctx) {
    if (ctx.statusCode() == 413 && !ctx.response().ended()) {
      tooLarge(ctx, "more than " + limitFor(ctx.normalizedPath()), limitFor(ctx.normalizedPath()));
    } else {
      ctx.next();
    }
  }

  private static void tooLarge(RoutingContext ctx, String bytes, long limit) {
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
  }

  static void send(RoutingContext ctx, int status, String type, String title, String detail) {
    ctx.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(Problem.json(status, type, title, detail, ctx.normalizedPath()));
  }
}
