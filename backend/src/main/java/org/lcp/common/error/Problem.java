package org.lcp.common.error;

import io.vertx.core.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds RFC 9457 problem bodies, for the REST layer and for the raw HTTP layer alike. */
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";

  private Problem() {}

  public static Map<String, Object> body(
      int status,
      String type,
      String title,
      String detail,
      String instance,
      List<Violation> violations,
      Map<String, Object> extensions) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    if (instance != null) {
      body.put("instance", instance);
    }
    if (violations != null && !violations.isEmpty()) {
      body.put("violations", violations);
    }
    if (extensions != null) {
      extensions.forEach(body::putIfAbsent);
    }
    return body;
  }

  public static Response response(
      int status,
      String type,
      String title,
      String detail,
      String instance,
      List<Violation> violations,
      Map<String, Object> extensions) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(body(status, type, title, detail, instance, violations, extensions))
        .build();
  }

  /** The same body as JSON text, for handlers that run before the REST layer. */
  public static String json(int status, String type, String title, String detail, String instance) {
    JsonObject o =
        new JsonObject()
            .put("type", type)
            .put("title", title)
            .put("status", status)
            .put("detail", detail);
    if (instance != null) {
      o.put("instance", instance);
    }
    return o.encode();
  }
}
