package org.lcp.consultation;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.lcp.api.model.CallArchive;
import org.lcp.api.model.Weekday;
import org.lcp.common.web.Times;

/** The API's view of calls and series, with the names they show read in one query each. */
@ApplicationScoped
public class CallViews {

  static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final EntityManager em;

  public CallViews(EntityManager em) {
    this.em = em;
  }

  /** Names of collaboratives, people and teams (by their organisation). */
  public record Names(Map<UUID, String> collaboratives, Map<UUID, String> people, Map<UUID, String> teams) {
  }

  @Transactional
  public Names names(Collection<UUID> collaboratives, Collection<UUID> people, Collection<UUID> teams) {
    return new Names(pairs("select c.id, c.title from Collaborative c where c.id in :ids", collaboratives),
        pairs("select u.id, coalesce(u.name, u.email) from AppUser u where u.id in :ids", people),
        pairs("select t.id, o.name from Team t, Organization o where o.id = t.organizationId and t.id in :ids", teams));
  }

  private Map<UUID, String> pairs(String jpql, Collection<UUID> ids) {
    Map<UUID, String> m = new HashMap<>();
    Set<UUID> distinct = new HashSet<>(ids);
    distinct.remove(null);
    if (!distinct.isEmpty()) {
      em.createQuery(jpql, Object[].class).setParameter("ids", distinct).getResultList()
          .forEach(r -> m.put((UUID) r[0], (String) r[1]));
    }
    return m;
  }

  @Transactional
  public List<org.lcp.api.model.Call> calls(List<Call> calls) {
    Names n = names(calls.stream().map(c -> c.collaborativeId).toList(),
        calls.stream().map(c -> c.facilitatorUserId).toList(), calls.stream().map(c -> c.teamId).toList());
    return calls.stream().map(c -> toApi(c, n)).toList();
  }

  @Transactional
  public org.lcp.api.model.Call call(Call c) {
    return calls(List.of(c)).get(0);
  }

  static org.lcp.api.model.Call toApi(Call c, Names n) {
    return new org.lcp.api.model.Call()
        .id(c.id)
        .collaborativeId(c.collaborativeId)
        .collaborativeTitle(n.collaboratives().get(c.collaborativeId))
        .kind(c.kind)
        .seriesId(c.seriesId)
        .topic(c.topic)
        .description(c.description)
        .start(c.localStart.format(LOCAL))
        .timeZone(c.timeZone)
        .startsAt(Times.utc(c.startsAt))
        .endsAt(Times.utc(c.endsAt))
        .durationMinutes(c.durationMinutes)
        .facilitatorUserId(c.facilitatorUserId)
        .facilitatorName(n.people().get(c.facilitatorUserId))
        .audience(c.audience)
        .teamId(c.teamId)
        .teamName(c.teamId == null ? null : n.teams().get(c.teamId))
        .mode(c.mode)
        .joinUrl(c.joinUrl)
        .phoneNumber(c.phoneNumber)
        .accessCode(c.accessCode)
        .state(c.state)
        .cancellationReason(c.cancellationReason)
        .sequence(c.sequence)
        .archive(c.archivedAt == null ? null : new CallArchive().notes(c.archiveNotes)
            .recordingUrl(c.archiveRecordingUrl).slidesUrl(c.archiveSlidesUrl)
            .topicsCovered(c.archiveTopics == null ? List.of() : Arrays.asList(c.archiveTopics))
            .updatedAt(Times.utc(c.archivedAt)).updatedBy(c.archivedByName))
        .createdAt(Times.utc(c.createdAt))
        .updatedAt(Times.utc(c.updatedAt));
  }

  @Transactional
  public org.lcp.api.model.CallSeries series(CallSeries s, List<Call> calls) {
    Names n = names(List.of(s.collaborativeId),
        java.util.stream.Stream.concat(calls.stream().map(c -> c.facilitatorUserId),
            java.util.stream.Stream.of(s.facilitatorUserId)).toList(),
        java.util.stream.Stream.concat(calls.stream().map(c -> c.teamId), java.util.stream.Stream.of(s.teamId))
            .filter(Objects::nonNull).toList());
    return new org.lcp.api.model.CallSeries()
        .id(s.id)
        .collaborativeId(s.collaborativeId)
        .kind(s.kind)
        .topic(s.topic)
        .description(s.description)
        .weekday(Weekday.fromValue(s.weekday.toString()))
        .startTime(s.startTime.format(TIME))
        .timeZone(s.timeZone)
        .startDate(s.startDate)
        .intervalWeeks(s.intervalWeeks)
        .until(s.untilDate)
        .count(s.occurrenceCount)
        .durationMinutes(s.durationMinutes)
        .facilitatorUserId(s.facilitatorUserId)
        .facilitatorName(n.people().get(s.facilitatorUserId))
        .audience(s.audience)
        .teamId(s.teamId)
        .teamName(s.teamId == null ? null : n.teams().get(s.teamId))
        .mode(s.mode)
        .joinUrl(s.joinUrl)
        .phoneNumber(s.phoneNumber)
        .accessCode(s.accessCode)
        .calls(calls.stream().map(c -> toApi(c, n)).toList())
        .createdAt(Times.utc(s.createdAt))
        .updatedAt(Times.utc(s.updatedAt));
  }
}
