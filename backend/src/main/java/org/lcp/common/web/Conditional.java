package org.lcp.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.lcp.common.security.Caller;
import org.lcp.common.security.OrganizationScope;

/**
 * Conditional GETs of the heavy reads (RFC 9110, 13.1.2): a strong ETag derived from the database
 * and the request, and 304 without computing the body when the caller's copy is current.
 *
 * <p>The data a read shows is versioned in the table {@code data_version}: one counter per
 * collaborative and {@link Topic}, bumped by statement-level triggers (V19) in the same transaction
 * as every change to the rows of that topic. A read's ETag is the SHA-256 of the versions it
 * depends on, its path and query, the caller's scope (whose data they see) and today's date in UTC
 * (what is due, held or in a feed's window changes with the day). Nothing of it lives in a JVM:
 * every replica computes the same ETag for the same data.
 *
 * <p>Order matters: a resource decides access first (so a caller without it gets 401/403/404 as
 * before, never a 304), then reads the ETag ({@link #etag}), then, only when it does not match,
 * computes the body. Reading the versions before the body makes a race harmless: a change committed
 * in between gives a newer body under the older ETag, which the next request replaces.
 */
@ApplicationScoped
public class Conditional {

  /** What the ETag answers carry: caches keep the answer but revalidate before using it. */
  public static final String REVALIDATE = "private, no-cache";

  /** The topics of {@code data_version}, as V19's triggers name them. */
  public enum Topic {
    /** The collaborative's own row (title, dates, phase). */
    COLLABORATIVE("collaborative"),
    /** Enrolled teams and their organisations' names. */
    TEAMS("teams"),
    /** The people on the teams' rosters. */
    ROSTER("roster"),
    MEASURES("measures"),
    /** Metric values and their revisions (first arrivals). */
    VALUES("values"),
    UNLOCKS("unlocks"),
    SESSIONS("sessions"),
    ATTENDANCE("attendance"),
    /** Calls, call series, registrations for informational calls, facilitators' names. */
    CALLS("calls"),
    /** Teams' change ideas, PDSA cycles and chart annotations (V24), shown on run charts. */
    IMPROVEMENT("improvement");

    public final String key;

    Topic(String key) {
      this.key = key;
    }
  }

  private final EntityManager em;
  private final RepresentationCache cache;
  private final ObjectMapper json;

  public Conditional(EntityManager em, RepresentationCache cache, ObjectMapper json) {
    this.em = em;
    this.cache = cache;
    this.json = json;
  }

  /**
   * The ETag of a read: the versions of {@code topics} in {@code collaboratives} (read in one
   * statement), the request's path and query, and {@code scope} (whatever decides what the caller
   * sees: a member's and a faculty member's answers never share an ETag).
   */
  public String etag(
      UriInfo request, Collection<UUID> collaboratives, Set<Topic> topics, Object... scope) {
    StringBuilder in = new StringBuilder("lcp-etag-1\n");
    in.append(request.getPath()).append('\n');
    MultivaluedMap<String, String> query = request.getQueryParameters();
    new TreeMap<>(query).forEach((k, v) -> in.append(k).append('=').append(v).append('&'));
    in.append('\n').append(LocalDate.now(ZoneOffset.UTC)).append('\n');
    for (Object part : scope) {
      in.append(canonical(part)).append('\n');
    }
    for (Object[] row : versions(collaboratives, topics)) {
      in.append(row[0]).append(' ').append(row[1]).append(' ').append(row[2]).append('\n');
    }
    return "\"" + ETags.digest(in.toString()) + "\"";
  }

  /** The rows of {@code data_version}, ordered; a topic never changed has none (version 0). */
  @SuppressWarnings("unchecked")
  List<Object[]> versions(Collection<UUID> collaboratives, Set<Topic> topics) {
    if (collaboratives.isEmpty() || topics.isEmpty()) {
      return List.of();
    }
    List<String> keys = new ArrayList<>();
    EnumSet.copyOf(topics).forEach(t -> keys.add(t.key));
    return em.createNativeQuery(
            "select collaborative_id, topic, version from data_version "
                + "where collaborative_id in (:collaboratives) and topic in (:topics) "
                + "order by collaborative_id, topic")
        .setParameter("collaboratives", new TreeSet<>(collaboratives))
        .setParameter("topics", keys)
        .getResultList();
  }

  /**
   * 304 with the ETag when {@code ifNoneMatch} names it (the body is never computed), otherwise the
   * body's answer with the ETag; both with {@code cacheControl}.
   */
  public static Response respond(
      String ifNoneMatch,
      String etag,
      String cacheControl,
      Supplier<Response.ResponseBuilder> body) {
    Response.ResponseBuilder r = matches(ifNoneMatch, etag) ? Response.notModified() : body.get();
    return r.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
  }

  /**
   * {@link #respond} for a JSON body that is also kept by its ETag for {@code owner} (the caller)
   * in the {@link RepresentationCache}: a request that computes the same ETag later is answered
   * with the same bytes without computing the body again.
   */
  public Response respondKept(
      String ifNoneMatch, String etag, Object owner, Supplier<Object> body) {
    return respondKept(
        ifNoneMatch,
        etag,
        owner,
        REVALIDATE,
        MediaType.APPLICATION_JSON,
        () -> {
          try {
            return json.writeValueAsBytes(body.get());
          } catch (JsonProcessingException e) {
            throw new IllegalStateException("the answer could not be written as JSON", e);
          }
        });
  }

  /** {@link #respondKept} for a body of any media type, as bytes. */
  public Response respondKept(
      String ifNoneMatch,
      String etag,
      Object owner,
      String cacheControl,
      String mediaType,
      Supplier<byte[]> body) {
    return respond(
        ifNoneMatch,
        etag,
        cacheControl,
        () ->
            Response.ok(
                cache.get(new RepresentationCache.Key(etag, canonical(owner), mediaType), body),
                mediaType));
  }

  /**
   * Whether If-None-Match names the current ETag: {@code *}, or a list of entity tags compared
   * weakly (RFC 9110, 13.1.2: {@code W/"x"} matches {@code "x"}). A malformed header matches
   * nothing (the full answer is always correct).
   */
  public static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    String current = opaque(etag);
    String h = ifNoneMatch.trim();
    if (h.equals("*")) {
      return true;
    }
    int i = 0;
    while (i < h.length()) {
      char c = h.charAt(i);
      if (c == ',' || c == ' ' || c == '\t') {
        i++;
        continue;
      }
      if (h.startsWith("W/", i)) {
        i += 2;
      }
      if (i >= h.length() || h.charAt(i) != '"') {
        return false;
      }
      int close = h.indexOf('"', i + 1);
      if (close < 0) {
        return false;
      }
      if (h.substring(i + 1, close).equals(current)) {
        return true;
      }
      i = close + 1;
    }
    return false;
  }

  private static String opaque(String etag) {
    String t = etag.startsWith("W/") ? etag.substring(2) : etag;
    return t.substring(1, t.length() - 1);
  }

  /** A scope part in a form that does not depend on set order. */
  private static String canonical(Object part) {
    if (part instanceof Caller c) {
      return c.kind()
          + ":"
          + c.userId()
          + ":"
          + c.machineClientId()
          + ":"
          + new TreeSet<>(c.roles());
    }
    if (part instanceof OrganizationScope s) {
      return s.all() ? "scope:all" : "scope:" + new TreeSet<>(s.organizations());
    }
    if (part instanceof Collection<?> c) {
      TreeSet<String> sorted = new TreeSet<>();
      c.forEach(x -> sorted.add(canonical(x)));
      return sorted.toString();
    }
    if (part instanceof java.util.Map<?, ?> m) {
      TreeMap<String, String> sorted = new TreeMap<>();
      m.forEach((k, v) -> sorted.put(canonical(k), canonical(v)));
      return sorted.toString();
    }
    return String.valueOf(part);
  }
}
