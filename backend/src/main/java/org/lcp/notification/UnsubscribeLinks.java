package org.lcp.notification;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;

/**
 * The signed tokens of e-mails' unsubscribe links: {@code base64url(person|topic|expiry)} and its
 * HMAC-SHA256 with the server's link key (the calendar links' key unless {@code
 * LCP_UNSUBSCRIBE_LINK_KEY} is set), so that the link works without signing in and nobody can make
 * one for somebody else. Nothing is stored: the token carries what it names. Like the calendar
 * links, the prod profile refuses to start with the development key.
 */
@ApplicationScoped
public class UnsubscribeLinks {

  static final String DEVELOPMENT_KEY = "dev-only-calendar-link-key-not-for-production";
  static final String FIELD = "unsubscribeToken";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  /** What a valid token names: a person and one topic, or a digest's topics. */
  public record Target(UUID userId, List<String> topics) {}

  private final byte[] key;
  private final boolean required;
  private final Duration lifetime;

  public UnsubscribeLinks(
      @ConfigProperty(name = "lcp.notification.unsubscribe-link-key") String key,
      @ConfigProperty(name = "lcp.calendar.link-key-required") boolean required,
      @ConfigProperty(name = "lcp.notification.unsubscribe-link-lifetime") Duration lifetime) {
    this.key = key.getBytes(StandardCharsets.UTF_8);
    this.required = required;
    this.lifetime = lifetime;
  }

  void onStart(@Observes @Priority(1) StartupEvent event) {
    if (required
        && (DEVELOPMENT_KEY.equals(new String(key, StandardCharsets.UTF_8).trim())
            || key.length < 32)) {
      throw new IllegalStateException(
          "refusing to start: the unsubscribe link key (LCP_UNSUBSCRIBE_LINK_KEY, by default"
              + " LCP_CALENDAR_LINK_KEY) is the development default or shorter than 32 bytes; set"
              + " a long random secret (e.g. `openssl rand -hex 32`)");
    }
  }

  /** A token for this person and these topics, valid for the configured lifetime from now. */
  public String token(UUID userId, List<String> topics, Instant now) {
    return sign(userId, topics, now.plus(lifetime));
  }

  /** A token that expires at the instant given (tests make expired ones). */
  String sign(UUID userId, List<String> topics, Instant expiresAt) {
    String payload = userId + "|" + String.join(",", topics) + "|" + expiresAt.getEpochSecond();
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    return B64.encodeToString(bytes) + "." + B64.encodeToString(mac(bytes));
  }

  /** The person and topic of a valid token; 400 naming the token when tampered or expired. */
  public Target verify(String token, Instant now) {
    int dot = token == null ? -1 : token.indexOf('.');
    if (dot <= 0) {
      throw invalid("is not an unsubscribe link");
    }
    byte[] payload;
    byte[] signature;
    try {
      payload = B64D.decode(token.substring(0, dot));
      signature = B64D.decode(token.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      throw invalid("is not an unsubscribe link");
    }
    if (!MessageDigest.isEqual(mac(payload), signature)) {
      throw invalid("is not an unsubscribe link of this server (changed or incomplete)");
    }
    String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|");
    if (parts.length != 3) {
      throw invalid("is not an unsubscribe link");
    }
    List<String> topics = List.of(parts[1].split(","));
    if (!Topics.DEFAULTS.keySet().containsAll(topics)) {
      throw invalid("is not an unsubscribe link");
    }
    if (Instant.ofEpochSecond(Long.parseLong(parts[2])).isBefore(now)) {
      throw invalid(
          "has expired: open the notification settings in the app, or use the link of a newer"
              + " e-mail");
    }
    return new Target(UUID.fromString(parts[0]), topics);
  }

  private static ApiException invalid(String message) {
    return ApiException.invalid(List.of(new Violation(FIELD, "path", message)));
  }

  private byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update("lcp-unsubscribe:".getBytes(StandardCharsets.US_ASCII));
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }
}
