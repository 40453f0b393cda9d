package org.lcp.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.lcp.team.TeamRecords;

/** Tells the team package whether calls were scheduled for a team or its attendance taken. */
@ApplicationScoped
public class ConsultationTeamRecords implements TeamRecords {

  private final EntityManager em;

  public ConsultationTeamRecords(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<String> recordedFor(Enrolled team) {
    List<String> found = new ArrayList<>();
    long calls =
        em.createQuery("select count(c) from Call c where c.details.teamId = :t", Long.class)
                .setParameter("t", team.teamId())
                .getSingleResult()
            + em.createQuery(
                    "select count(s) from CallSeries s where s.details.teamId = :t", Long.class)
                .setParameter("t", team.teamId())
                .getSingleResult();
    if (calls > 0) {
      found.add(calls + " consultation call" + (calls == 1 ? "" : "s") + " or series for the team");
    }
    if (!team.rosterMemberIds().isEmpty()) {
      long attended =
          em.createQuery(
                  "select count(a) from CallAttendance a where a.rosterMemberId in :m", Long.class)
              .setParameter("m", team.rosterMemberIds())
              .getSingleResult();
      if (attended > 0) {
        found.add(attended + " call attendance record" + (attended == 1 ? "" : "s"));
      }
    }
    return found;
  }
}
