package org.lcp.team;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What has been recorded for an enrolled team in the packages downstream of this one (attendance,
 * consultation calls, metric values): each answers for its own tables, so that a team is removed
 * (an acceptance undone or reversed) only while nothing would be lost with it.
 */
public interface TeamRecords {

  /** The team as the downstream packages know it: its ids and its roster's ids. */
  record Enrolled(
      UUID teamId, UUID collaborativeId, UUID organizationId, Set<UUID> rosterMemberIds) {}

  /** Short phrases naming what exists, e.g. "2 attendance records"; empty when nothing does. */
  List<String> recordedFor(Enrolled team);
}
