package org.lcp.session;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.lcp.collaborative.SetupRules.SessionState;
import org.lcp.collaborative.SetupSources;

/**
 * Tells the setup checklist how far each learning session is scheduled (one query): dates, and the
 * venue (in person) or join link (virtual) its mode needs.
 */
@ApplicationScoped
public class SessionSchedules implements SetupSources.LearningSessions {

  private final LearningSessionRepository sessions;

  public SessionSchedules(LearningSessionRepository sessions) {
    this.sessions = sessions;
  }

  @Override
  public List<SessionState> of(UUID collaborativeId) {
    return sessions
        .getEntityManager()
        .createQuery(
            "select s.number, s.mode, s.startDate, s.location, s.joinUrl from LearningSession s "
                + "where s.collaborativeId = :c order by s.number",
            Object[].class)
        .setParameter("c", collaborativeId)
        .getResultList()
        .stream()
        .map(
            r -> {
              boolean virtual = r[1] == SessionMode.VIRTUAL;
              Object place = virtual ? r[4] : r[3];
              return new SessionState(
                  (Integer) r[0],
                  virtual,
                  r[2] != null,
                  place != null && !place.toString().isBlank());
            })
        .toList();
  }
}
