package org.lcp.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcp.application.ApplicationParts.CoreTeamMember;
import org.lcp.application.ApplicationParts.ReadinessItem;
import org.lcp.application.ApplicationParts.ReadinessRating;
import org.lcp.application.ApplicationParts.SessionCommitment;
import org.lcp.application.ApplicationParts.StatusChange;
import org.lcp.session.LearningSession;

/**
 * Everything an application is shown and judged by, read once in the operation's transaction: its
 * collaborative's readiness items and learning sessions, its sections' rows, its history, the
 * applying organisation's name and whether it attended an informational call.
 */
record ApplicationRows(
    List<ReadinessItem> items,
    List<ReadinessRating> ratings,
    List<CoreTeamMember> members,
    List<LearningSession> sessions,
    List<SessionCommitment> commitments,
    List<StatusChange> timeline,
    String organizationName,
    boolean attendedInformationalCall) {

  /** Learning session numbers by id. */
  Map<UUID, Integer> sessionNumbers() {
    Map<UUID, Integer> numbers = new HashMap<>();
    sessions.forEach(s -> numbers.put(s.id, s.number));
    return numbers;
  }

  /** What the rules look at. */
  ApplicationRules.Content content(Application a, int minClinicians) {
    Map<String, Integer> rated = new HashMap<>();
    ratings.forEach(r -> rated.put(r.id.itemKey(), r.rating));
    Map<UUID, Integer> numbers = sessionNumbers();
    List<Integer> sessionNumbers = new ArrayList<>(sessions.stream().map(s -> s.number).toList());
    Map<Integer, Boolean> commits = new HashMap<>();
    commitments.forEach(s -> commits.put(numbers.get(s.id.learningSessionId()), s.commits));
    return new ApplicationRules.Content(
        items.stream().map(i -> i.id.key()).toList(),
        rated,
        a.cdsAgreed,
        a.cdsSignerName,
        a.cdsSignerTitle,
        a.cdsSignedOn != null,
        a.dataContactName,
        a.dataContactEmail,
        members.stream().map(m -> m.role).toList(),
        minClinicians,
        sessionNumbers,
        commits);
  }
}
