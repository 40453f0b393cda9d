package org.lcp.calendar;

import static org.lcp.common.web.Conditional.Topic.CALLS;
import static org.lcp.common.web.Conditional.Topic.COLLABORATIVE;
import static org.lcp.common.web.Conditional.Topic.SESSIONS;
import static org.lcp.common.web.Conditional.Topic.TEAMS;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lcp.api.model.CalendarFeed;
import org.lcp.api.model.CalendarFeedLink;
import org.lcp.api.model.CalendarFeedStatus;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.ProblemTypes;
import org.lcp.common.security.Actor;
import org.lcp.common.security.Actors;
import org.lcp.common.security.CalendarPolicy;
import org.lcp.common.security.CallPolicy;
import org.lcp.common.web.Conditional;
import org.lcp.common.web.Conditional.Topic;
import org.lcp.common.web.Times;
import org.lcp.consultation.RegistrationRepository;

/**
 * Calendar links and the feeds behind them. A link carries a secret token per person, the
 * HMAC-SHA256 (with the server's link key) of a random nonce. The database keeps the nonce and the
 * token's SHA-256 (by which a feed request is found), so the person can copy the link again at any
 * time, while a leaked database alone does not give the links away. Rotating replaces the nonce:
 * the old link answers 404 from then on. A feed is the schedule of the person whose link it is.
 */
@ApplicationScoped
public class FeedService {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(5);

  private final CalendarFeedTokenRepository tokens;
  private final CollaborativeRepository collaboratives;
  private final ScheduleService schedule;
  private final Actors actors;
  private final CalendarPolicy policy;
  private final CallPolicy callPolicy;
  private final AuditLog audit;
  private final RegistrationRepository registrations;
  private final Conditional conditional;
  private final byte[] linkKey;

  public FeedService(
      CalendarFeedTokenRepository tokens,
      CollaborativeRepository collaboratives,
      ScheduleService schedule,
      Actors actors,
      CalendarPolicy policy,
      CallPolicy callPolicy,
      AuditLog audit,
      RegistrationRepository registrations,
      Conditional conditional,
      @ConfigProperty(name = "lcp.calendar.link-key") String linkKey) {
    this.tokens = tokens;
    this.collaboratives = collaboratives;
    this.schedule = schedule;
    this.actors = actors;
    this.policy = policy;
    this.callPolicy = callPolicy;
    this.audit = audit;
    this.registrations = registrations;
    this.conditional = conditional;
    this.linkKey = linkKey.getBytes(StandardCharsets.UTF_8);
  }

  // ---- the person's links -----------------------------------------------------------------------

  /**
   * Whether the person has a working link, and the links to copy again; {@code base} is where feeds
   * are served.
   */
  @Transactional
  public CalendarFeedStatus status(Actor actor, String base) {
    policy.requireOwnLinks(actor);
    CalendarFeedToken t = tokens.findById(actor.userId());
    String token = token(t);
    return new CalendarFeedStatus()
        .active(t != null)
        .createdAt(t == null ? null : Times.utc(t.createdAt))
        .lastUsedAt(t == null ? null : Times.utc(t.lastUsedAt))
        .feed(token == null ? null : links(actor, base, token, t));
  }

  /** New links for the person (the old ones, if any, stop working). */
  @Transactional
  public CalendarFeed rotate(Actor actor, String base) {
    policy.requireOwnLinks(actor);
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    CalendarFeedToken t = tokens.findById(actor.userId());
    boolean replaced = t != null;
    if (t == null) {
      t = new CalendarFeedToken();
      t.userId = actor.userId();
    }
    t.nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    String token = token(t);
    t.tokenHash = hash(token);
    t.createdAt = Instant.now();
    t.lastUsedAt = null;
    if (!replaced) {
      tokens.persist(t); // the insert carries the state at persist time: fill it first
    }
    audit.record(
        replaced ? "calendar-feed.rotated" : "calendar-feed.created",
        subject(t.userId),
        null,
        Map.of("createdAt", t.createdAt.toString()),
        null);
    return links(actor, base, token, t);
  }

  @Transactional
  public void revoke(Actor actor) {
    policy.requireOwnLinks(actor);
    CalendarFeedToken t = tokens.findById(actor.userId());
    if (t != null) {
      tokens.delete(t);
      audit.record("calendar-feed.revoked", subject(t.userId), null, null, null);
    }
  }

  /**
   * The links that carry the token: the schedule, each collaborative the person is expected in, and
   * the template.
   */
  private CalendarFeed links(Actor actor, String base, String token, CalendarFeedToken t) {
    String url = base + "/" + token;
    List<UUID> expected = List.copyOf(policy.standing(actor).expectedIn());
    List<Collaborative> titled =
        expected.isEmpty()
            ? List.of()
            : collaboratives.find("id in ?1", Sort.by("title").and("id"), expected).list();
    return new CalendarFeed()
        .scheduleUrl(url)
        .collaborativeUrlTemplate(url + "/collaboratives/{collaborativeId}")
        .collaboratives(
            titled.stream()
                .map(
                    c ->
                        new CalendarFeedLink()
                            .collaborativeId(c.id)
                            .title(c.title)
                            .url(url + "/collaboratives/" + c.id))
                .toList())
        .createdAt(Times.utc(t.createdAt));
  }

  // ---- the feeds (the token says whose) ---------------------------------------------------------

  /**
   * What a feed shows, and so what its ETag depends on: the collaboratives (titles), their teams
   * (names, for a team's call), learning sessions and calls (with registrations and facilitators'
   * names).
   */
  static final Set<Topic> FEED = EnumSet.of(COLLABORATIVE, TEAMS, SESSIONS, CALLS);

  /**
   * The ETag of the schedule feed (404 for an unknown token first): where the person stands
   * (faculty of, member of, on teams), the versions of every collaborative they are expected in or
   * registered for a call of, and the day (the feed's window).
   */
  @Transactional
  public String scheduleTag(String token, UriInfo request) {
    Actor person = actors.person(resolve(token));
    CalendarPolicy.Standing st = policy.standing(person);
    Set<UUID> shown = new HashSet<>(st.expectedIn());
    shown.addAll(registrations.collaborativesRegisteredBy(st.organizations(), person.userId()));
    return conditional.etag(
        request, shown, FEED, st.facultyOf(), st.organizations(), st.teamCollaboratives());
  }

  /** The ETag of a collaborative's feed, after the same 404s as the feed itself. */
  @Transactional
  public String collaborativeTag(String token, UUID collaborativeId, UriInfo request) {
    Actor person = actors.person(resolve(token));
    Collaborative c = collaboratives.require(collaborativeId);
    CallPolicy.Viewer v = callPolicy.feedViewer(person, c.ref());
    return conditional.etag(
        request, List.of(c.id), FEED, v.userId(), v.all(), v.organizations(), v.teams());
  }

  /** The schedule of the person whose link it is, as iCalendar text. */
  @Transactional
  public String scheduleCalendar(String token) {
    Actor person = actors.person(resolve(token));
    return IcsWriter.write(
        "My learning collaborative schedule", schedule.person(person, Range.feed()));
  }

  /**
   * A collaborative's sessions and the calls the person whose link it is may see, as iCalendar
   * text.
   */
  @Transactional
  public String collaborativeCalendar(String token, UUID collaborativeId) {
    Actor person = actors.person(resolve(token));
    Collaborative c = collaboratives.require(collaborativeId);
    CallPolicy.Viewer viewer = callPolicy.feedViewer(person, c.ref());
    return IcsWriter.write(c.title, schedule.collaborative(c.id, viewer, Range.feed()));
  }

  /** The person a token belongs to; 404 for an unknown, rotated or revoked token. */
  private UUID resolve(String token) {
    CalendarFeedToken t =
        tokens
            .findByHash(hash(token))
            .orElseThrow(
                () ->
                    new ApiException(
                        404,
                        ProblemTypes.NOT_FOUND,
                        "Not found",
                        "no calendar has this link; it may have been replaced by a newer one or turned off",
                        null,
                        null));
    Instant now = Instant.now();
    if (t.lastUsedAt == null || t.lastUsedAt.isBefore(now.minus(LAST_USED_GRANULARITY))) {
      t.lastUsedAt = now;
    }
    return t.userId;
  }

  // ---- tokens -----------------------------------------------------------------------------------

  /** The secret token of a link, or null for a link made before tokens were derived. */
  String token(CalendarFeedToken t) {
    if (t == null || t.nonce == null) {
      return null;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(linkKey, "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(
              mac.doFinal((t.userId + ":" + t.nonce).getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Subject subject(UUID userId) {
    return new Subject("calendar-feed", userId, null, null);
  }
}
