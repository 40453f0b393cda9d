package org.lcp.calendar;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.ProblemTypes;

/**
 * Calendar links: a secret token per person, the HMAC-SHA256 (with the server's link key) of a
 * random nonce. The database keeps the nonce and the token's SHA-256 (by which a feed request is
 * found), so the person can copy the link again at any time, while a leaked database alone does not
 * give the links away. Rotating replaces the nonce: the old link answers 404 from then on.
 */
@ApplicationScoped
public class FeedService {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(5);

  private final EntityManager em;
  private final AuditLog audit;
  private final byte[] linkKey;

  public FeedService(EntityManager em, AuditLog audit,
      @ConfigProperty(name = "lcp.calendar.link-key") String linkKey) {
    this.em = em;
    this.audit = audit;
    this.linkKey = linkKey.getBytes(StandardCharsets.UTF_8);
  }

  /** The secret token of a link, or null for a link made before tokens were derived. */
  public String token(CalendarFeedToken t) {
    if (t == null || t.nonce == null) {
      return null;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(linkKey, "HmacSHA256"));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(
          (t.userId + ":" + t.nonce).getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Transactional
  public CalendarFeedToken current(UUID userId) {
    return em.find(CalendarFeedToken.class, userId);
  }

  /** A new token for the person (the old one, if any, stops working); answers the token itself. */
  @Transactional
  public String rotate(UUID userId) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    CalendarFeedToken t = em.find(CalendarFeedToken.class, userId);
    boolean replaced = t != null;
    if (t == null) {
      t = new CalendarFeedToken();
      t.userId = userId;
    }
    t.nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    String token = token(t);
    t.tokenHash = hash(token);
    t.createdAt = Instant.now();
    t.lastUsedAt = null;
    if (!replaced) {
      em.persist(t); // the insert carries the state at persist time: fill it first
    }
    audit.record(replaced ? "calendar-feed.rotated" : "calendar-feed.created", subject(userId), null,
        Map.of("createdAt", t.createdAt.toString()), null);
    return token;
  }

  @Transactional
  public void revoke(UUID userId) {
    CalendarFeedToken t = em.find(CalendarFeedToken.class, userId);
    if (t != null) {
      em.remove(t);
      audit.record("calendar-feed.revoked", subject(userId), null, null, null);
    }
  }

  /** The person a token belongs to; 404 for an unknown, rotated or revoked token. */
  @Transactional
  public UUID resolve(String token) {
    var found = em.createQuery("from CalendarFeedToken where tokenHash = :h", CalendarFeedToken.class)
        .setParameter("h", hash(token)).getResultList();
    if (found.isEmpty()) {
      throw new ApiException(404, ProblemTypes.NOT_FOUND, "Not found",
          "no calendar has this link; it may have been replaced by a newer one or turned off", null, null);
    }
    CalendarFeedToken t = found.get(0);
    Instant now = Instant.now();
    if (t.lastUsedAt == null || t.lastUsedAt.isBefore(now.minus(LAST_USED_GRANULARITY))) {
      t.lastUsedAt = now;
    }
    return t.userId;
  }

  private static Subject subject(UUID userId) {
    return new Subject("calendar-feed", userId, null, null);
  }
}
