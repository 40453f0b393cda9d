package org.lcp.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.lcp.team.TeamRecords;

/** Tells the team package whether a team reported metric values or had a period unlocked. */
@ApplicationScoped
public class MetricTeamRecords implements TeamRecords {

  private final EntityManager em;

  public MetricTeamRecords(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<String> recordedFor(Enrolled team) {
    List<String> found = new ArrayList<>();
    long values =
        em.createQuery(
                "select count(v) from MetricValue v, Measure m where m.id = v.id.measureId "
                    + "and m.collaborativeId = :c and v.id.organizationId = :o",
                Long.class)
            .setParameter("c", team.collaborativeId())
            .setParameter("o", team.organizationId())
            .getSingleResult();
    if (values > 0) {
      found.add(values + " metric value" + (values == 1 ? "" : "s"));
    }
    long unlocks =
        em.createQuery(
                "select count(u) from PeriodUnlock u where u.id.collaborativeId = :c "
                    + "and u.id.organizationId = :o",
                Long.class)
            .setParameter("c", team.collaborativeId())
            .setParameter("o", team.organizationId())
            .getSingleResult();
    if (unlocks > 0) {
      found.add(unlocks + " period unlock" + (unlocks == 1 ? "" : "s"));
    }
    return found;
  }
}
