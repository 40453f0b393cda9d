package org.lcp.announcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lcp.api.model.AnnouncementInput;
import org.lcp.api.model.AnnouncementPage;
import org.lcp.api.model.AnnouncementPatch;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeKind;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.collaborative.FacultyRepository;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Actor;
import org.lcp.common.security.AnnouncementPolicy;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Times;
import org.lcp.common.web.Versioned;
import org.lcp.community.CommunityMemberRepository;
import org.lcp.notification.Notify;
import org.lcp.organization.MembershipRepository;
import org.lcp.team.TeamRepository;

/**
 * Announcements (news) to a collaborative, a learning community or the whole network: publishing
 * (which tells the audience, topic {@code announcements}), changing, deleting, lists and the latest
 * ones for home pages. A collaborative's audience is bounded (its faculty and its teams' or
 * members' people) and is told in the publishing transaction, set-based (one insert for every
 * notification); the network's is told in batches by {@link AnnouncementFanout}.
 */
@ApplicationScoped
public class AnnouncementService {

  /** The kind of the notification telling of a new announcement (topic {@code announcements}). */
  public static final String KIND = "announcements.published";

  /** How much of the body a notification carries (the notification's body holds 5000). */
  static final int NOTICE_BODY = 1000;

  private final AnnouncementRepository announcements;
  private final CollaborativeRepository collaboratives;
  private final FacultyRepository faculty;
  private final CommunityMemberRepository communityMembers;
  private final TeamRepository teams;
  private final MembershipRepository memberships;
  private final AnnouncementPolicy policy;
  private final AnnouncementFanout fanout;
  private final AuditLog audit;
  private final Event<Notify> notify;

  public AnnouncementService(
      AnnouncementRepository announcements,
      CollaborativeRepository collaboratives,
      FacultyRepository faculty,
      CommunityMemberRepository communityMembers,
      TeamRepository teams,
      MembershipRepository memberships,
      AnnouncementPolicy policy,
      AnnouncementFanout fanout,
      AuditLog audit,
      Event<Notify> notify) {
    this.announcements = announcements;
    this.collaboratives = collaboratives;
    this.faculty = faculty;
    this.communityMembers = communityMembers;
    this.teams = teams;
    this.memberships = memberships;
    this.policy = policy;
    this.fanout = fanout;
    this.audit = audit;
    this.notify = notify;
  }

  // ---- reading ----------------------------------------------------------------------------------

  @Transactional
  public AnnouncementPage listOf(Actor actor, UUID collaborativeId, Integer page, Integer size) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireRead(actor, c.ref(), community(c));
    return page(actor, announcements.of(c.id, Instant.now()), page, size);
  }

  @Transactional
  public AnnouncementPage listNetwork(Actor actor, Integer page, Integer size) {
    policy.requireReadNetwork(actor);
    return page(actor, announcements.of(null, Instant.now()), page, size);
  }

  @Transactional
  public Versioned<org.lcp.api.model.Announcement> get(Actor actor, UUID id) {
    Announcement a = announcements.require(id);
    Collaborative c = readable(actor, a);
    return versioned(actor, a, c);
  }

  /**
   * The latest announcements for the caller's home page: network-wide ones and those of the
   * collaboratives and communities they are in, pinned first.
   */
  @Transactional
  public List<org.lcp.api.model.Announcement> latest(Actor actor, int limit) {
    policy.requireReadNetwork(actor);
    Set<UUID> ids = policy.homeCollaboratives(actor);
    return views(actor, announcements.latest(ids, Instant.now(), limit));
  }

  // ---- publishing -------------------------------------------------------------------------------

  @Transactional
  public Versioned<org.lcp.api.model.Announcement> publish(
      Actor actor, UUID collaborativeId, AnnouncementInput in) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requirePublish(actor, c.ref(), community(c));
    Announcement a = create(actor, c.id, in);
    Set<UUID> audience = new LinkedHashSet<>(audience(c));
    audience.remove(actor.userId());
    notify.fire(
        new Notify(
            List.copyOf(audience),
            KIND,
            title(c.title + ": " + a.title),
            notice(a),
            link(a),
            dedupKey(a.id),
            List.of()));
    return versioned(actor, a, c);
  }

  @Transactional
  public Versioned<org.lcp.api.model.Announcement> publishNetwork(
      Actor actor, AnnouncementInput in) {
    policy.requirePublishNetwork(actor);
    Announcement a = create(actor, null, in);
    fanout.startAfterCommit(a.id);
    return versioned(actor, a, null);
  }

  // ---- changing ---------------------------------------------------------------------------------

  @Transactional
  public Versioned<org.lcp.api.model.Announcement> update(
      Actor actor, UUID id, String ifMatch, AnnouncementPatch in) {
    Announcement a = announcements.require(id);
    Collaborative c = changeable(actor, a);
    ETags.require(ifMatch, a.version);
    Instant now = Instant.now();
    List<Violation> v = new ArrayList<>();
    if (in.getTitle() != null && in.getTitle().isBlank()) {
      v.add(Violation.body("title", "must not be blank"));
    }
    if (in.getBody() != null && in.getBody().isBlank()) {
      v.add(Violation.body("body", "must not be blank"));
    }
    if (in.getPinnedUntil() != null && !Times.instant(in.getPinnedUntil()).isAfter(now)) {
      v.add(Violation.body("pinnedUntil", "must be in the future"));
    }
    if (in.getPinnedUntil() != null && Boolean.TRUE.equals(in.getUnpin())) {
      v.add(Violation.body("unpin", "cannot unpin and pin at once"));
    }
    if (!v.isEmpty()) {
      throw ApiException.invalid(v);
    }
    Map<String, Object> before = a.snapshot();
    if (in.getTitle() != null) {
      a.title = in.getTitle().trim();
    }
    if (in.getBody() != null) {
      a.body = in.getBody().strip();
    }
    if (in.getPinnedUntil() != null) {
      a.pinnedUntil = Times.instant(in.getPinnedUntil());
    }
    if (Boolean.TRUE.equals(in.getUnpin())) {
      a.pinnedUntil = null;
    }
    changed(a, now, "announcement.updated", before);
    return versioned(actor, a, c);
  }

  @Transactional
  public void delete(Actor actor, UUID id, String ifMatch) {
    Announcement a = announcements.require(id);
    changeable(actor, a);
    ETags.require(ifMatch, a.version);
    Map<String, Object> before = a.snapshot();
    Instant now = Instant.now();
    a.deletedAt = now;
    changed(a, now, "announcement.deleted", before);
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private Announcement create(Actor actor, UUID collaborativeId, AnnouncementInput in) {
    Instant now = Instant.now();
    List<Violation> v = new ArrayList<>();
    if (in.getTitle().isBlank()) {
      v.add(Violation.body("title", "must not be blank"));
    }
    if (in.getBody().isBlank()) {
      v.add(Violation.body("body", "must not be blank"));
    }
    if (in.getPinnedUntil() != null && !Times.instant(in.getPinnedUntil()).isAfter(now)) {
      v.add(Violation.body("pinnedUntil", "must be in the future"));
    }
    if (!v.isEmpty()) {
      throw ApiException.invalid(v);
    }
    Announcement a = new Announcement();
    a.id = UUID.randomUUID();
    a.collaborativeId = collaborativeId;
    a.title = in.getTitle().trim();
    a.body = in.getBody().strip();
    a.publishedAt = now;
    a.pinnedUntil = Times.instant(in.getPinnedUntil());
    a.authorUserId = actor.userId();
    a.authorName = actor.displayName() == null ? "Admin" : actor.displayName();
    a.created(now);
    announcements.persist(a);
    announcements.flush();
    audit.record("announcement.published", subject(a), null, a.snapshot(), null);
    return a;
  }

  /**
   * Everyone who reads a collaborative's announcements: its faculty, and the ACTIVE members of a
   * community or the people of a collaborative's enrolled teams (admins read them but are not told
   * of every collaborative's news).
   */
  private Collection<UUID> audience(Collaborative c) {
    Set<UUID> people =
        new LinkedHashSet<>(faculty.userIds(List.of(c.id)).getOrDefault(c.id, List.of()));
    if (community(c)) {
      people.addAll(communityMembers.activeUserIds(c.id));
    } else {
      memberships.readers(teams.organizationIds(c.id)).forEach(r -> people.add(r.userId()));
    }
    return people;
  }

  /** The announcement's collaborative (null: network-wide) once the actor may read it. */
  private Collaborative readable(Actor actor, Announcement a) {
    if (a.networkWide()) {
      policy.requireReadNetwork(actor);
      return null;
    }
    Collaborative c = collaboratives.require(a.collaborativeId);
    try {
      policy.requireRead(actor, c.ref(), community(c));
    } catch (ApiException e) {
      if (e.status() == 404) {
        throw ApiException.notFound("announcement", a.id);
      }
      throw e;
    }
    return c;
  }

  private Collaborative changeable(Actor actor, Announcement a) {
    Collaborative c = readable(actor, a);
    if (c == null) {
      policy.requirePublishNetwork(actor);
    } else {
      policy.requirePublish(actor, c.ref(), community(c));
    }
    return c;
  }

  private void changed(Announcement a, Instant now, String action, Map<String, Object> before) {
    a.updatedAt = now;
    announcements.flush();
    var d = AuditLog.diff(before, a.snapshot());
    audit.record(action, subject(a), d.get("before"), d.get("after"), null);
  }

  private AnnouncementPage page(
      Actor actor,
      io.quarkus.hibernate.orm.panache.PanacheQuery<Announcement> q,
      Integer page,
      Integer size) {
    Paging<Announcement> result = Paging.of(q, page, size);
    return new AnnouncementPage()
        .page(result.page())
        .size(result.size())
        .total(result.total())
        .items(views(actor, result.items()));
  }

  private List<org.lcp.api.model.Announcement> views(Actor actor, List<Announcement> rows) {
    Set<UUID> ids = new LinkedHashSet<>();
    rows.forEach(
        a -> {
          if (a.collaborativeId != null) {
            ids.add(a.collaborativeId);
          }
        });
    Map<UUID, Collaborative> cs = new HashMap<>();
    if (!ids.isEmpty()) {
      collaboratives.list("id in ?1", ids).forEach(c -> cs.put(c.id, c));
    }
    Instant now = Instant.now();
    return rows.stream().map(a -> toApi(actor, a, cs.get(a.collaborativeId), now)).toList();
  }

  private Versioned<org.lcp.api.model.Announcement> versioned(
      Actor actor, Announcement a, Collaborative c) {
    return Versioned.of(a.version, toApi(actor, a, c, Instant.now()));
  }

  private org.lcp.api.model.Announcement toApi(
      Actor actor, Announcement a, Collaborative c, Instant now) {
    boolean mayChange =
        c == null ? actor.isAdmin() : policy.isPublisher(actor, c.ref(), community(c));
    return new org.lcp.api.model.Announcement()
        .id(a.id)
        .collaborativeId(a.collaborativeId)
        .collaborativeTitle(c == null ? null : c.title)
        .title(a.title)
        .body(a.body)
        .publishedAt(Times.utc(a.publishedAt))
        .pinnedUntil(Times.utc(a.pinnedUntil))
        .pinned(a.pinned(now))
        .authorName(a.authorName)
        .mayChange(mayChange)
        .createdAt(Times.utc(a.createdAt))
        .updatedAt(Times.utc(a.updatedAt));
  }

  static boolean community(Collaborative c) {
    return c.kind == CollaborativeKind.LEARNING_COMMUNITY;
  }

  static String notice(Announcement a) {
    return a.body.length() <= NOTICE_BODY ? a.body : a.body.substring(0, NOTICE_BODY - 1) + "…";
  }

  /** A notification's title holds 300 characters. */
  static String title(String t) {
    return t.length() <= 300 ? t : t.substring(0, 299) + "…";
  }

  static String link(Announcement a) {
    return "/announcements/" + a.id;
  }

  static String dedupKey(UUID id) {
    return "announcement:" + id;
  }

  private static Subject subject(Announcement a) {
    return new Subject("announcement", a.id, null, a.collaborativeId);
  }
}
