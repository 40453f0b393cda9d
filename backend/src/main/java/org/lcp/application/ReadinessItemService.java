package org.lcp.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lcp.api.model.ReadinessItemList;
import org.lcp.application.ApplicationParts.ItemKey;
import org.lcp.application.ApplicationParts.ReadinessItem;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeCreated;
import org.lcp.collaborative.CollaborativeKind;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.collaborative.Phase;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Actor;
import org.lcp.common.security.ApplicationPolicy;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Times;
import org.lcp.common.web.Versioned;

/**
 * A collaborative's readiness items: the defaults a new one starts with, read by all, replaced by
 * its lead.
 */
@ApplicationScoped
public class ReadinessItemService {

  private final ReadinessItemRepository items;
  private final CollaborativeRepository collaboratives;
  private final ApplicationPolicy policy;
  private final AuditLog audit;

  public ReadinessItemService(
      ReadinessItemRepository items,
      CollaborativeRepository collaboratives,
      ApplicationPolicy policy,
      AuditLog audit) {
    this.items = items;
    this.collaboratives = collaboratives;
    this.policy = policy;
    this.audit = audit;
  }

  /**
   * A new learning collaborative starts with the default readiness items (in the creating
   * transaction).
   */
  void onCollaborativeCreated(@Observes CollaborativeCreated event) {
    if (event.kind() == CollaborativeKind.LEARNING_COLLABORATIVE) {
      items.copyDefaults(event.collaborativeId());
    }
  }

  @Transactional
  public Versioned<ReadinessItemList> list(Actor actor, UUID collaborativeId) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireReadinessItemsVisible(actor, c.ref());
    return view(items.ofCollaborative(c.id));
  }

  @Transactional
  public Versioned<ReadinessItemList> replace(
      Actor actor, UUID collaborativeId, String ifMatch, ReadinessItemList in) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireReadinessItemsChange(actor, c.ref());
    List<ReadinessItem> current = items.ofCollaborative(c.id);
    ETags.require(ifMatch, tag(current));
    if (c.phase != Phase.DRAFT && c.phase != Phase.ANNOUNCED) {
      throw ApiException.conflict(
          "readiness items can only change before applications open; the collaborative is "
              + c.phase);
    }
    Validation.requireKnownOnce(
        in.getItems().stream().map(i -> i.getKey()).toList(),
        null,
        "items[%d].key",
        null,
        "duplicates an earlier item's key");
    requireUnratedRemovals(c.id, current, in);
    int position = 1;
    List<ReadinessItem> replaced = new ArrayList<>();
    for (var item : in.getItems()) {
      ReadinessItem r = new ReadinessItem();
      r.id = new ItemKey(c.id, item.getKey());
      r.position = position++;
      r.text = item.getText().trim();
      r.help = Times.text(item.getHelp());
      replaced.add(r);
    }
    items.replace(c.id, current, replaced);
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("items", current.stream().map(i -> i.id.key()).toList());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("items", replaced.stream().map(i -> i.id.key()).toList());
    audit.record("readiness-items.replaced", Subject.collaborative(c.id), before, after, null);
    return view(items.ofCollaborative(c.id));
  }

  /**
   * An item left out of the new list is removed; one that applications already rated may not be
   * (409 naming each, with how many applications rated it), or their answers would be lost.
   */
  private void requireUnratedRemovals(
      UUID collaborativeId, List<ReadinessItem> current, ReadinessItemList in) {
    Set<String> kept = new HashSet<>();
    in.getItems().forEach(i -> kept.add(i.getKey()));
    List<String> removed =
        current.stream().map(i -> i.id.key()).filter(k -> !kept.contains(k)).toList();
    Map<String, Long> rated = items.ratedBy(collaborativeId, removed);
    if (rated.isEmpty()) {
      return;
    }
    List<String> named = new ArrayList<>();
    rated.forEach(
        (key, n) ->
            named.add(key + " (rated in " + n + (n == 1 ? " application)" : " applications)")));
    throw ApiException.conflict(
        "readiness items that applications have already rated cannot be removed: "
            + String.join(", ", named)
            + "; keep them (their text may change)");
  }

  private static Versioned<ReadinessItemList> view(List<ReadinessItem> list) {
    return Versioned.tagged(tag(list), ApplicationMapper.toApi(list));
  }

  /** The ETag of a collaborative's item list: it changes whenever the list does. */
  static String tag(List<ReadinessItem> items) {
    StringBuilder b = new StringBuilder();
    items.forEach(
        i ->
            b.append(i.id.key())
                .append('\u0000')
                .append(i.text)
                .append('\u0000')
                .append(i.help)
                .append('\u0001'));
    return "\"items-" + Integer.toHexString(b.toString().hashCode()) + "\"";
  }
}
