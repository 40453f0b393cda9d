package org.lcp.improvement;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.metrics.Measure;
import org.lcp.metrics.MeasureRepository;
import org.lcp.team.TeamRepository;

/**
 * What every operation of this package checks of its target after the access decision: the team is
 * enrolled in the collaborative, the measures named are the collaborative's.
 */
@ApplicationScoped
class TeamWork {

  private final TeamRepository teams;
  private final MeasureRepository measures;

  TeamWork(TeamRepository teams, MeasureRepository measures) {
    this.teams = teams;
    this.measures = measures;
  }

  /** 404 unless the organisation has a team in the collaborative. */
  void requireTeam(UUID collaborativeId, UUID organizationId) {
    if (teams.find(collaborativeId, organizationId).isEmpty()) {
      throw ApiException.notFound("team", organizationId);
    }
  }

  /** 404 unless the measure is the collaborative's. */
  Measure requireMeasure(UUID collaborativeId, UUID measureId) {
    return measures.require(collaborativeId, measureId);
  }

  /**
   * The measures given, in their order, when each is the collaborative's; a 400 naming {@code
   * field} otherwise.
   */
  UUID[] measureIds(UUID collaborativeId, Collection<UUID> ids, String field) {
    if (ids == null || ids.isEmpty()) {
      return new UUID[0];
    }
    Set<UUID> known =
        measures.all(collaborativeId).stream().map(m -> m.id).collect(Collectors.toSet());
    List<Violation> violations = new ArrayList<>();
    int i = 0;
    for (UUID id : ids) {
      if (!known.contains(id)) {
        violations.add(
            Violation.body(field + "[" + i + "]", "is not a measure of this collaborative"));
      }
      i++;
    }
    if (!violations.isEmpty()) {
      throw ApiException.invalid(violations);
    }
    return ids.stream().distinct().toArray(UUID[]::new);
  }

  /**
   * Runs an access check of a resource found by its id, answering a 404 as the resource's own (a
   * stranger learns nothing of the team it belongs to).
   */
  static void as404(String what, UUID id, Runnable check) {
    try {
      check.run();
    } catch (ApiException e) {
      if (e.status() == 404) {
        throw ApiException.notFound(what, id);
      }
      throw e;
    }
  }

  /** 400 when an update would move the resource to another team. */
  static void requireSameTeam(UUID current, UUID given) {
    if (!current.equals(given)) {
      throw ApiException.invalid(
          "organizationId", "cannot change: it belongs to the team of organisation " + current);
    }
  }
}
