package org.lcp.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lcp.api.model.CallArchiveInput;
import org.lcp.api.model.CallPage;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Actor;
import org.lcp.common.security.CallPolicy;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Times;
import org.lcp.common.web.Versioned;

/**
 * The archive: what a call covered (notes, recording, slides, topics), written after it, searchable
 * by topic.
 */
@ApplicationScoped
public class CallArchiveService {

  private final CallRepository calls;
  private final CollaborativeRepository collaboratives;
  private final CallService views;
  private final CallPolicy policy;
  private final AuditLog audit;
  private final Event<CallArchived> archived;

  public CallArchiveService(
      CallRepository calls,
      CollaborativeRepository collaboratives,
      CallService views,
      CallPolicy policy,
      AuditLog audit,
      Event<CallArchived> archived) {
    this.calls = calls;
    this.collaboratives = collaboratives;
    this.views = views;
    this.policy = policy;
    this.audit = audit;
    this.archived = archived;
  }

  /**
   * Archived calls the actor may see, newest first; {@code q} matches part of the topic or of a
   * topic covered, {@code topic} one topic covered exactly (both ignoring case).
   */
  @Transactional
  public CallPage search(
      Actor actor, UUID collaborativeId, String q, String topic, Integer page, Integer size) {
    Collaborative c = collaboratives.require(collaborativeId);
    CallPolicy.Viewer viewer = policy.viewer(actor, c.ref());
    return views.page(Paging.of(calls.searchArchive(c.id, viewer, q, topic), page, size));
  }

  /** Writes (or rewrites) the archive entry of a call that has started; it marks the call held. */
  @Transactional
  public Versioned<org.lcp.api.model.Call> save(
      Actor actor, UUID callId, String ifMatch, CallArchiveInput in) {
    Call call = calls.require(callId);
    policy.requireOrganize(
        actor, call.ref(collaboratives.require(call.collaborativeId).ref()), "call");
    ETags.require(ifMatch, call.version);
    Instant now = Instant.now();
    if (call.state == CallState.CANCELLED) {
      throw ApiException.conflict(
          "the call of " + call.localStart.toLocalDate() + " was cancelled; it has no archive");
    }
    if (!call.hasStarted(now)) {
      throw ApiException.conflict(
          "the call starts at " + call.startsAt + "; its archive entry is written afterwards");
    }
    Map<String, Object> before = snapshot(call);
    call.archiveNotes = Times.text(in.getNotes());
    call.archiveRecordingUrl = Times.text(in.getRecordingUrl());
    call.archiveSlidesUrl = Times.text(in.getSlidesUrl());
    call.archiveTopics = distinct(in.getTopicsCovered()).toArray(String[]::new);
    call.archivedAt = now;
    call.archivedByName = actor.displayName();
    if (call.state == CallState.SCHEDULED) {
      call.state = CallState.HELD;
    }
    call.updatedAt = now;
    audit.record("call.archived", Scheduling.subject(call), before, snapshot(call), null);
    calls.flush();
    // the recording and the slides become (or update) items of the collaborative's library; a
    // webinar's are for the whole network
    archived.fire(
        new CallArchived(
            actor,
            call.collaborativeId,
            call.id,
            call.details.topic + " (" + call.localStart.toLocalDate() + ")",
            "From the archive of the call of " + call.localStart.toLocalDate() + ".",
            call.archiveRecordingUrl,
            call.archiveSlidesUrl,
            call.isWebinar()));
    return views.view(call);
  }

  /** The topics trimmed, each once (ignoring case), in the order given. */
  private static List<String> distinct(List<String> topics) {
    Set<String> seen = new LinkedHashSet<>();
    List<String> kept = new ArrayList<>();
    for (String t : topics) {
      String trimmed = t.trim();
      if (seen.add(trimmed.toLowerCase(Locale.ROOT))) {
        kept.add(trimmed);
      }
    }
    return kept;
  }

  private static Map<String, Object> snapshot(Call c) {
    if (c.archivedAt == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("notes", c.archiveNotes);
    m.put("recordingUrl", c.archiveRecordingUrl);
    m.put("slidesUrl", c.archiveSlidesUrl);
    m.put("topicsCovered", c.archiveTopics == null ? List.of() : List.of(c.archiveTopics));
    return m;
  }
}
