package org.lcp.calendar;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start where a real calendar link key is required (the prod profile: the built jar,
 * `make run`, Docker) while the key is missing, the development default or too short to be a
 * secret. Whoever knows the key and a link's stored nonce can forge that link, so a key that ships
 * in the repository must never guard real feeds. Development and tests keep the default.
 */
@ApplicationScoped
public class LinkKeyCheck {

  /** The development default in application.properties. */
  static final String DEVELOPMENT_KEY = "dev-only-calendar-link-key-not-for-production";

  /** 32 bytes: as long as the HMAC-SHA256 output the key guards. */
  static final int MIN_BYTES = 32;

  private final boolean required;
  private final String key;

  public LinkKeyCheck(
      @ConfigProperty(name = "lcp.calendar.link-key-required") boolean required,
      @ConfigProperty(name = "lcp.calendar.link-key") String key) {
    this.required = required;
    this.key = key;
  }

  /** First of the start-up observers: refused before any demo data is written. */
  void onStart(@Observes @Priority(1) StartupEvent event) {
    check(required, key);
  }

  /** Throws, with what to do, when a real key is required and this one is not. */
  static void check(boolean required, String key) {
    if (!required) {
      return;
    }
    String howTo =
        "set LCP_CALENDAR_LINK_KEY to a long random secret (e.g. `openssl rand -hex 32`) and keep it:"
            + " changing it turns every calendar link off";
    if (key == null || key.isBlank() || DEVELOPMENT_KEY.equals(key.trim())) {
      throw new IllegalStateException(
          "refusing to start: no calendar link key is configured (LCP_CALENDAR_LINK_KEY is unset,"
              + " so the development default would sign the calendar links); "
              + howTo);
    }
    int bytes = key.getBytes(StandardCharsets.UTF_8).length;
    if (bytes < MIN_BYTES) {
      throw new IllegalStateException(
          "refusing to start: the calendar link key (LCP_CALENDAR_LINK_KEY) has "
              + bytes
              + " bytes; at least "
              + MIN_BYTES
              + " are required; "
              + howTo);
    }
  }
}
