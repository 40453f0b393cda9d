package org.lcp.common.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Success responses with their ETag (and Location for 201). */
public final class Responses {

  private Responses() {}

  /** 201 with the Location given (built by {@link PublicUrl}, never from the request's Host). */
  public static Response created(URI location, Versioned<?> v) {
    return Response.created(location).header(HttpHeaders.ETAG, v.etag()).entity(v.body()).build();
  }

  public static Response ok(int version, Object body) {
    return ok(Versioned.of(version, body));
  }

  public static Response ok(Versioned<?> v) {
    return Response.ok(v.body()).header(HttpHeaders.ETAG, v.etag()).build();
  }

  public static Response ok(Object body) {
    return Response.ok(body).build();
  }
}
