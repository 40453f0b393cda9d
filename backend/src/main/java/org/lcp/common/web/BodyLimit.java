package org.lcp.common.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.ProblemTypes;

/**
 * The body-size limit of a route ({@link HttpGuards#limitFor}) for bodies that announce no length
 * (Transfer-Encoding: chunked): the bytes are counted as the REST layer reads them, and the request
 * is refused with 413 as soon as there are more than the limit, before the rest is read. Bodies
 * with a Content-Length are refused earlier, by {@link HttpGuards}.
 */
@Provider
public class BodyLimit implements ReaderInterceptor {

  private final HttpGuards guards;
  private final CurrentVertxRequest request;

  public BodyLimit(HttpGuards guards, CurrentVertxRequest request) {
    this.guards = guards;
    this.request = request;
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    RoutingContext ctx = request.getCurrent();
    if (ctx != null) {
      context.setInputStream(
          new Counted(context.getInputStream(), guards.limitFor(ctx.normalizedPath()), ctx));
    }
    return context.proceed();
  }

  /** Counts what is read; past the limit, answers 413 and closes the connection afterwards. */
  static final class Counted extends FilterInputStream {
    private final long limit;
    private final RoutingContext ctx;
    private long read;

    Counted(InputStream in, long limit, RoutingContext ctx) {
      super(in);
      this.limit = limit;
      this.ctx = ctx;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    private void count(long n) {
      read += n;
      if (read > limit) {
        // the rest of the body is never read: the connection cannot serve another request
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        throw new ApiException(
            413,
            ProblemTypes.PAYLOAD_TOO_LARGE,
            "Payload too large",
            "the request body has more than "
                + limit
                + " bytes; this endpoint takes at most "
                + limit
                + " bytes",
            null,
            null);
      }
    }
  }
}
