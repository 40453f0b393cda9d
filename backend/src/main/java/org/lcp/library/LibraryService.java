package org.lcp.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lcp.api.model.LibraryItemPage;
import org.lcp.api.model.LibraryItemUpdate;
import org.lcp.api.model.LibraryLinkInput;
import org.lcp.api.model.LibraryLinkOpen;
import org.lcp.api.model.LibraryTagCount;
import org.lcp.api.model.LibraryTagList;
import org.lcp.api.model.LibraryVersionList;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeKind;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.collaborative.Phase;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Actor;
import org.lcp.common.security.LibraryPolicy;
import org.lcp.common.security.Refs.LibraryItemRef;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Times;
import org.lcp.common.web.Versioned;
import org.lcp.organization.OrganizationRepository;

/**
 * The resource library: items (files and links) of a collaborative's or community's library and of
 * the network's own, their versions, and the counting of downloads and opens. One transaction per
 * operation; every change is audited.
 */
@ApplicationScoped
public class LibraryService {

  /** The form fields of an upload, as the resource parsed them. */
  public record FileForm(
      String title,
      String description,
      List<String> tags,
      String audience,
      String organizationId,
      String fileName,
      String contentType) {}

  /** A file to stream back: its bytes' blob, name, type and size. */
  public record Download(UUID blobId, String fileName, String contentType, long size) {}

  static final int MAX_TAGS = 20;
  static final int MAX_TAG_LENGTH = 50;

  private final LibraryItemRepository items;
  private final CollaborativeRepository collaboratives;
  private final OrganizationRepository organizations;
  private final LibraryPolicy policy;
  private final BlobStore blobs;
  private final LibraryUsage usage;
  private final AuditLog audit;
  private final long maxUploadBytes;

  public LibraryService(
      LibraryItemRepository items,
      CollaborativeRepository collaboratives,
      OrganizationRepository organizations,
      LibraryPolicy policy,
      BlobStore blobs,
      LibraryUsage usage,
      AuditLog audit,
      @ConfigProperty(name = "lcp.library.max-upload-bytes") long maxUploadBytes) {
    this.items = items;
    this.collaboratives = collaboratives;
    this.organizations = organizations;
    this.policy = policy;
    this.blobs = blobs;
    this.usage = usage;
    this.audit = audit;
    this.maxUploadBytes = maxUploadBytes;
  }

  // ---- reading ----------------------------------------------------------------------------------

  @Transactional
  public LibraryItemPage list(
      Actor actor,
      UUID collaborativeId,
      String q,
      List<String> tags,
      org.lcp.api.model.LibraryKind kind,
      Integer page,
      Integer size) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireLibrary(actor, c.ref(), community(c));
    return page(actor, collaborativeFilter(actor, c, q, tags, kind), page, size);
  }

  @Transactional
  public LibraryItemPage listNetwork(
      Actor actor,
      String q,
      List<String> tags,
      org.lcp.api.model.LibraryKind kind,
      boolean networkOnly,
      Integer page,
      Integer size) {
    policy.requireNetwork(actor);
    return page(actor, networkFilter(actor, q, tags, kind, networkOnly), page, size);
  }

  @Transactional
  public LibraryTagList tags(Actor actor, UUID collaborativeId) {
    LibraryItemRepository.Filter f;
    if (collaborativeId != null) {
      Collaborative c = collaboratives.require(collaborativeId);
      policy.requireLibrary(actor, c.ref(), community(c));
      f = collaborativeFilter(actor, c, null, List.of(), null);
    } else {
      policy.requireNetwork(actor);
      f = networkFilter(actor, null, List.of(), null, false);
    }
    List<LibraryTagCount> out = new ArrayList<>();
    for (Object[] r : items.tags(f)) {
      out.add(new LibraryTagCount().tag((String) r[0]).count((Long) r[1]));
    }
    return new LibraryTagList().items(out);
  }

  @Transactional
  public Versioned<org.lcp.api.model.LibraryItem> get(Actor actor, UUID itemId) {
    LibraryItem item = items.require(itemId);
    policy.requireRead(actor, ref(item));
    return versioned(actor, item);
  }

  @Transactional
  public LibraryVersionList versions(Actor actor, UUID itemId) {
    LibraryItem item = items.require(itemId);
    policy.requireRead(actor, ref(item));
    List<LibraryItemVersion> all = items.versions(item.id);
    Map<UUID, String> shas = items.shas(all.stream().map(v -> v.blobId).toList());
    return new LibraryVersionList()
        .items(all.stream().map(v -> LibraryMapper.version(v, shas.get(v.blobId))).toList());
  }

  /** Counts a download (for the month) and says what to stream. */
  @Transactional
  public Download download(Actor actor, UUID itemId, Integer version) {
    LibraryItem item = items.require(itemId);
    policy.requireRead(actor, ref(item));
    if (item.kind != LibraryItem.Kind.FILE) {
      throw ApiException.conflict("the item is a link: open it, there is nothing to download");
    }
    int number = version == null ? item.currentVersion : version;
    LibraryItemVersion v =
        items.version(item.id, number).orElseThrow(() -> ApiException.notFound("version", number));
    usage.count(item.id, YearMonth.now(ZoneOffset.UTC), true);
    return new Download(v.blobId, v.fileName, v.contentType, v.sizeBytes);
  }

  /** Counts an open of a link (for the month) and answers where it goes. */
  @Transactional
  public LibraryLinkOpen open(Actor actor, UUID itemId) {
    LibraryItem item = items.require(itemId);
    policy.requireRead(actor, ref(item));
    if (item.kind != LibraryItem.Kind.LINK) {
      throw ApiException.conflict("the item is a file: download it");
    }
    usage.count(item.id, YearMonth.now(ZoneOffset.UTC), false);
    return new LibraryLinkOpen().url(item.url);
  }

  /** Streams a blob's bytes (outside the transaction that counted the download). */
  public void copy(UUID blobId, java.io.OutputStream out) {
    blobs.copyTo(blobId, out);
  }

  // ---- adding -----------------------------------------------------------------------------------

  @Transactional
  public Versioned<org.lcp.api.model.LibraryItem> createLink(
      Actor actor, UUID collaborativeId, LibraryLinkInput in) {
    Collaborative c = target(actor, collaborativeId);
    LibraryItem item =
        newItem(
            actor,
            c,
            LibraryItem.Kind.LINK,
            in.getTitle(),
            in.getDescription(),
            in.getTags(),
            in.getAudience() == null ? null : in.getAudience().name(),
            in.getOrganizationId());
    item.url = url(in.getUrl());
    items.persist(item);
    items.flush();
    audit.record("library-item.created", subject(item), null, item.snapshot(), null);
    return versioned(actor, item);
  }

  @Transactional
  public Versioned<org.lcp.api.model.LibraryItem> createFile(
      Actor actor, UUID collaborativeId, FileForm form, InputStream file) {
    Collaborative c = target(actor, collaborativeId);
    LibraryItem item =
        newItem(
            actor,
            c,
            LibraryItem.Kind.FILE,
            form.title(),
            form.description(),
            form.tags(),
            form.audience(),
            uuid("organizationId", form.organizationId()));
    items.persist(item);
    items.flush();
    LibraryItemVersion v = store(actor, item, 1, form.fileName(), form.contentType(), null, file);
    item.currentVersion = v.number;
    items.flush();
    audit.record("library-item.created", subject(item), null, item.snapshot(), null);
    return versioned(actor, item);
  }

  @Transactional
  public Versioned<org.lcp.api.model.LibraryItem> addVersion(
      Actor actor,
      UUID itemId,
      String ifMatch,
      String fileName,
      String contentType,
      String note,
      InputStream file) {
    LibraryItem item = items.require(itemId);
    policy.requireEdit(actor, ref(item));
    ETags.require(ifMatch, item.version);
    if (item.kind != LibraryItem.Kind.FILE) {
      throw ApiException.conflict("the item is a link: it has no versions (change its URL)");
    }
    if (note != null && note.length() > 2000) {
      throw ApiException.invalid("note", "has more than 2000 characters");
    }
    Map<String, Object> before = item.snapshot();
    LibraryItemVersion v =
        store(actor, item, item.currentVersion + 1, fileName, contentType, Times.text(note), file);
    item.currentVersion = v.number;
    item.updatedAt = Instant.now();
    items.flush();
    changed(item, "library-item.version-added", before);
    return versioned(actor, item);
  }

  // ---- changing ---------------------------------------------------------------------------------

  @Transactional
  public Versioned<org.lcp.api.model.LibraryItem> update(
      Actor actor, UUID itemId, String ifMatch, LibraryItemUpdate in) {
    LibraryItem item = items.require(itemId);
    policy.requireEdit(actor, ref(item));
    ETags.require(ifMatch, item.version);
    Map<String, Object> before = item.snapshot();
    Collaborative c =
        item.collaborativeId == null ? null : collaboratives.require(item.collaborativeId);
    item.title = title(in.getTitle());
    item.description = Times.text(in.getDescription());
    item.tags = tags(in.getTags());
    audience(
        actor,
        c,
        item,
        in.getAudience() == null ? null : in.getAudience().name(),
        in.getOrganizationId());
    if (in.getUrl() != null) {
      if (item.kind != LibraryItem.Kind.LINK) {
        throw ApiException.invalid("url", "a file has no URL; upload a new version instead");
      }
      item.url = url(in.getUrl());
    }
    item.updatedAt = Instant.now();
    items.flush();
    changed(item, "library-item.updated", before);
    return versioned(actor, item);
  }

  @Transactional
  public void delete(Actor actor, UUID itemId, String ifMatch) {
    LibraryItem item = items.require(itemId);
    policy.requireEdit(actor, ref(item));
    ETags.require(ifMatch, item.version);
    Map<String, Object> before = item.snapshot();
    Instant now = Instant.now();
    item.deletedAt = now;
    item.updatedAt = now;
    items.flush();
    changed(item, "library-item.deleted", before);
  }

  // ---- the call archive's links -----------------------------------------------------------------

  /**
   * Creates, updates or deletes the LINK item of a call's recording or slides (tagged "recording"
   * or "slides"), in the caller's transaction: idempotent per call and role. A new item gets {@code
   * audience}; an existing one keeps its own.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void callLink(
      Actor actor,
      UUID collaborativeId,
      UUID callId,
      LibraryItem.CallRole role,
      String url,
      String title,
      String description,
      LibraryItem.Audience audience) {
    var existing = items.ofCall(callId, role);
    Instant now = Instant.now();
    if (url == null) {
      existing
          .filter(i -> i.deletedAt == null)
          .ifPresent(
              i -> {
                Map<String, Object> before = i.snapshot();
                i.deletedAt = now;
                i.updatedAt = now;
                items.flush();
                changed(i, "library-item.deleted", before);
              });
      return;
    }
    String tag = role == LibraryItem.CallRole.RECORDING ? "recording" : "slides";
    String fullTitle =
        (role == LibraryItem.CallRole.RECORDING ? "Recording: " : "Slides: ") + title;
    if (fullTitle.length() > 200) {
      fullTitle = fullTitle.substring(0, 200);
    }
    if (existing.isPresent()) {
      LibraryItem i = existing.get();
      Map<String, Object> before = i.snapshot();
      i.url = url;
      i.title = fullTitle;
      i.description = description;
      i.deletedAt = null;
      Set<String> t = new LinkedHashSet<>(List.of(i.tags == null ? new String[0] : i.tags));
      t.add(tag);
      i.tags = t.toArray(String[]::new);
      if (!before.equals(i.snapshot())) {
        i.updatedAt = now;
        items.flush();
        changed(i, "library-item.updated", before);
      }
      return;
    }
    LibraryItem i = new LibraryItem();
    i.id = UUID.randomUUID();
    i.collaborativeId = collaborativeId;
    i.kind = LibraryItem.Kind.LINK;
    i.title = fullTitle;
    i.description = description;
    i.tags = new String[] {tag};
    i.audience = audience;
    i.url = url;
    i.callId = callId;
    i.callRole = role;
    i.createdBy = actor.userId();
    i.createdByName = actor.displayName() == null ? "system" : actor.displayName();
    i.created(now);
    items.persist(i);
    items.flush();
    audit.record("library-item.created", subject(i), null, i.snapshot(), null);
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private Collaborative target(Actor actor, UUID collaborativeId) {
    if (collaborativeId == null) {
      policy.requireAddToNetwork(actor);
      return null;
    }
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireAdd(actor, c.ref(), community(c));
    return c;
  }

  private LibraryItem newItem(
      Actor actor,
      Collaborative c,
      LibraryItem.Kind kind,
      String title,
      String description,
      List<String> tags,
      String audience,
      UUID organizationId) {
    LibraryItem item = new LibraryItem();
    item.id = UUID.randomUUID();
    item.collaborativeId = c == null ? null : c.id;
    item.kind = kind;
    item.title = title(title);
    if (description != null && description.length() > 5000) {
      throw ApiException.invalid("description", "has more than 5000 characters");
    }
    item.description = Times.text(description);
    item.tags = tags(tags);
    audience(actor, c, item, audience, organizationId);
    item.createdBy = actor.userId();
    item.createdByName = actor.displayName() == null ? "system" : actor.displayName();
    item.created(Instant.now());
    return item;
  }

  private void audience(
      Actor actor, Collaborative c, LibraryItem item, String audience, UUID organizationId) {
    if (audience == null || audience.isBlank()) {
      throw ApiException.invalid("audience", "is required (NETWORK, MEMBERS or TEAM)");
    }
    LibraryItem.Audience a;
    try {
      a = LibraryItem.Audience.valueOf(audience.trim());
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid("audience", "is not one of NETWORK, MEMBERS, TEAM");
    }
    if (a == LibraryItem.Audience.MEMBERS && c == null) {
      throw ApiException.invalid(
          "audience", "MEMBERS needs a collaborative; the network's library has no members");
    }
    if (a == LibraryItem.Audience.TEAM) {
      if (organizationId == null) {
        throw ApiException.invalid("organizationId", "is required for audience TEAM");
      }
      if (organizations.findByIdOptional(organizationId).isEmpty()) {
        throw ApiException.invalid("organizationId", "is not an organisation the platform knows");
      }
      if (!policy.mayTarget(actor, c == null ? null : c.id, organizationId)) {
        throw ApiException.invalid("organizationId", "is not one of your organisations");
      }
    } else if (organizationId != null) {
      throw ApiException.invalid("organizationId", "is only given for audience TEAM");
    }
    item.audience = a;
    item.organizationId = a == LibraryItem.Audience.TEAM ? organizationId : null;
  }

  private LibraryItemVersion store(
      Actor actor,
      LibraryItem item,
      int number,
      String fileName,
      String contentType,
      String note,
      InputStream file) {
    if (file == null) {
      throw ApiException.invalid("file", "is required: the part \"file\" with the file's bytes");
    }
    String name = fileName(fileName);
    String type = ContentCheck.normalize(contentType);
    InputStream checked = ContentCheck.check(file, type);
    BlobStore.Stored stored = blobs.put(checked, maxUploadBytes, type);
    LibraryItemVersion v = new LibraryItemVersion();
    v.id = UUID.randomUUID();
    v.itemId = item.id;
    v.number = number;
    v.blobId = stored.id();
    v.fileName = name;
    v.contentType = type;
    v.sizeBytes = stored.size();
    v.note = note;
    v.createdBy = actor.userId();
    v.createdByName = actor.displayName() == null ? "system" : actor.displayName();
    v.createdAt = Instant.now();
    items.getEntityManager().persist(v);
    return v;
  }

  /** The file's name without any path, at most 255 characters; "file" when none was given. */
  static String fileName(String given) {
    if (given == null || given.isBlank()) {
      return "file";
    }
    String n = given.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "_").trim();
    if (n.isEmpty()) {
      return "file";
    }
    return n.length() > 255 ? n.substring(n.length() - 255) : n;
  }

  static String title(String title) {
    if (title == null || title.isBlank()) {
      throw ApiException.invalid("title", "is required");
    }
    String t = title.trim();
    if (t.length() > 200) {
      throw ApiException.invalid("title", "has more than 200 characters");
    }
    return t;
  }

  /** Trimmed, lower-cased, each once, in the order given; at most 20 of at most 50 characters. */
  static String[] tags(List<String> given) {
    Set<String> out = new LinkedHashSet<>();
    if (given != null) {
      for (String raw : given) {
        if (raw == null) {
          continue;
        }
        for (String part : raw.split(",")) {
          String t = part.trim().toLowerCase(Locale.ROOT);
          if (t.isEmpty()) {
            continue;
          }
          if (t.length() > MAX_TAG_LENGTH) {
            throw ApiException.invalid("tags", "a tag has more than 50 characters: " + t);
          }
          out.add(t);
        }
      }
    }
    if (out.size() > MAX_TAGS) {
      throw ApiException.invalid("tags", "at most 20 tags");
    }
    return out.toArray(String[]::new);
  }

  /** An absolute http(s) URL with a host, at most 2000 characters (400 naming {@code url}). */
  static String url(String given) {
    if (given == null || given.isBlank()) {
      throw ApiException.invalid("url", "is required: an absolute http or https URL");
    }
    String u = given.trim();
    if (u.length() > 2000) {
      throw ApiException.invalid("url", "has more than 2000 characters");
    }
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https"))
          || uri.getHost() == null
          || uri.getHost().isBlank()) {
        throw ApiException.invalid("url", "must be an absolute http or https URL");
      }
    } catch (URISyntaxException e) {
      throw ApiException.invalid("url", "is not a valid URL: " + e.getReason());
    }
    return u;
  }

  private static UUID uuid(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(value.trim());
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(field, "is not a UUID");
    }
  }

  private LibraryItemRepository.Filter collaborativeFilter(
      Actor actor,
      Collaborative c,
      String q,
      List<String> tags,
      org.lcp.api.model.LibraryKind kind) {
    return new LibraryItemRepository.Filter(
        c.id,
        policy.isSteward(actor, c.id),
        actor.memberships().keySet(),
        false,
        Set.of(),
        actor.isAdmin(),
        q,
        tags,
        kind == null ? null : Enums.map(kind, LibraryItem.Kind.class));
  }

  private LibraryItemRepository.Filter networkFilter(
      Actor actor,
      String q,
      List<String> tags,
      org.lcp.api.model.LibraryKind kind,
      boolean networkOnly) {
    Set<UUID> hidden = new HashSet<>();
    if (!actor.isAdmin()) {
      for (Collaborative d : collaboratives.inPhase(Phase.DRAFT)) {
        if (!actor.facultyOf().contains(d.id)) {
          hidden.add(d.id);
        }
      }
    }
    return new LibraryItemRepository.Filter(
        null,
        false,
        actor.memberships().keySet(),
        networkOnly,
        hidden,
        actor.isAdmin(),
        q,
        tags,
        kind == null ? null : Enums.map(kind, LibraryItem.Kind.class));
  }

  private LibraryItemPage page(
      Actor actor, LibraryItemRepository.Filter f, Integer page, Integer size) {
    int p = page == null ? 0 : page;
    int s = size == null ? 20 : size;
    LibraryItemRepository.Page result = items.list(f, p, s);
    return new LibraryItemPage()
        .page(p)
        .size(s)
        .total(result.total())
        .items(view(actor, result.items()));
  }

  private LibraryItemRef ref(LibraryItem item) {
    if (item.collaborativeId == null) {
      return item.ref(null, false);
    }
    Collaborative c = collaboratives.require(item.collaborativeId);
    return item.ref(c.ref(), community(c));
  }

  private static boolean community(Collaborative c) {
    return c.kind == CollaborativeKind.LEARNING_COMMUNITY;
  }

  private Versioned<org.lcp.api.model.LibraryItem> versioned(Actor actor, LibraryItem item) {
    return Versioned.of(item.version, view(actor, List.of(item)).get(0));
  }

  private List<org.lcp.api.model.LibraryItem> view(Actor actor, List<LibraryItem> rows) {
    Set<UUID> orgs = new HashSet<>();
    Set<UUID> collabIds = new HashSet<>();
    for (LibraryItem i : rows) {
      if (i.organizationId != null) {
        orgs.add(i.organizationId);
      }
      if (i.collaborativeId != null) {
        collabIds.add(i.collaborativeId);
      }
    }
    Map<UUID, String> orgNames = organizations.names(orgs);
    Map<UUID, Collaborative> collabs = new java.util.HashMap<>();
    for (UUID id : collabIds) {
      collabs.put(id, collaboratives.require(id));
    }
    var current = items.currentVersions(rows);
    var totals = items.totals(rows.stream().map(i -> i.id).toList());
    Map<UUID, String> shas = items.shas(current.values().stream().map(v -> v.blobId).toList());
    List<org.lcp.api.model.LibraryItem> out = new ArrayList<>();
    for (LibraryItem i : rows) {
      Collaborative c = i.collaborativeId == null ? null : collabs.get(i.collaborativeId);
      long[] t = totals.getOrDefault(i.id, new long[2]);
      out.add(
          LibraryMapper.toApi(
              i,
              c == null ? null : c.title,
              orgNames.get(i.organizationId),
              current.get(i.id),
              current.get(i.id) == null ? null : shas.get(current.get(i.id).blobId),
              t[0],
              t[1],
              policy.mayEdit(actor, i.ref(c == null ? null : c.ref(), c != null && community(c)))));
    }
    return out;
  }

  private void changed(LibraryItem item, String action, Map<String, Object> before) {
    var d = AuditLog.diff(before, item.snapshot());
    audit.record(action, subject(item), d.get("before"), d.get("after"), null);
  }

  private static Subject subject(LibraryItem i) {
    return new Subject("library-item", i.id, i.organizationId, i.collaborativeId);
  }
}
