package org.lcp.common.web;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The one place that builds absolute URLs (Location of a 201, calendar links): from the configured
 * public base URL ({@code lcp.public-url}, env {@code LCP_PUBLIC_URL}), never from the request's
 * Host or forwarded headers, which any client can set. Behind a proxy that serves the API under a
 * prefix, the base includes it ({@code https://example.org/lcp}).
 */
@ApplicationScoped
public class PublicUrl {

  private static final Logger LOG = Logger.getLogger(PublicUrl.class);

  private final String base;

  public PublicUrl(@ConfigProperty(name = "lcp.public-url") String configured) {
    this.base = normalize(configured);
  }

  /** A production start with the development default says so: its links would be unreachable. */
  void check(@Observes StartupEvent event) {
    if (LaunchMode.current() == LaunchMode.NORMAL
        && URI.create(base).getHost().equals("localhost")) {
      LOG.warnf(
          "LCP_PUBLIC_URL is not set: Location headers and calendar links point to %s; set it to"
              + " the address people reach the API at",
          base);
    }
  }

  /** The configured base, checked: absolute http(s), no query, fragment or user info. */
  static String normalize(String configured) {
    URI uri;
    try {
      uri = new URI(configured.trim());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(
          "lcp.public-url (LCP_PUBLIC_URL) is not a URL: " + configured, e);
    }
    if (uri.getScheme() == null
        || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
        || uri.getHost() == null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "lcp.public-url (LCP_PUBLIC_URL) must be an absolute http or https URL without query,"
              + " fragment or user info, such as https://lcp.example.org; it is: "
              + configured);
    }
    String s = uri.toString();
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** The base, without a trailing slash. */
  public String base() {
    return base;
  }

  /** The absolute URL of an API path ({@code /api/...}, already encoded). */
  public URI at(String rawPath) {
    if (!rawPath.startsWith("/")) {
      throw new IllegalArgumentException("a path from the root is expected: " + rawPath);
    }
    return URI.create(base + rawPath);
  }

  /** The absolute URL of the path made of these segments, each encoded. */
  public URI of(String... segments) {
    StringBuilder path = new StringBuilder();
    for (String s : segments) {
      path.append('/').append(URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return at(path.toString());
  }

  /** A resource created under the collection the request was posted to: its path plus the id. */
  public URI below(UriInfo request, Object id) {
    List<String> segments = new ArrayList<>();
    for (String s : request.getPath().split("/")) {
      if (!s.isEmpty()) {
        segments.add(s);
      }
    }
    segments.add(id.toString());
    return of(segments.toArray(String[]::new));
  }
}
