package org.lcp.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.lcp.team.TeamRecords;

/** Tells the team package whether attendance at learning sessions was recorded for a team. */
@ApplicationScoped
public class SessionTeamRecords implements TeamRecords {

  private final EntityManager em;

  public SessionTeamRecords(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<String> recordedFor(Enrolled team) {
    long n =
        em.createQuery("select count(a) from SessionAttendance a where a.teamId = :t", Long.class)
            .setParameter("t", team.teamId())
            .getSingleResult();
    return n == 0
        ? List.of()
        : List.of(n + " learning-session attendance record" + (n == 1 ? "" : "s"));
  }
}
