package org.lcp.common.web;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Success responses with their ETag (and Location for 201). */
public final class Responses {

  private Responses() {
  }

  /** 201 for a resource created under the collection the request was posted to. */
  public static Response created(UriInfo uri, Object id, int version, Object body) {
    URI location = uri.getAbsolutePathBuilder().path(id.toString()).build();
    return Response.created(location).header(HttpHeaders.ETAG, ETags.of(version)).entity(body).build();
  }

  public static Response ok(int version, Object body) {
    return Response.ok(body).header(HttpHeaders.ETAG, ETags.of(version)).build();
  }
}
