package org.lcp.organization;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.lcp.common.web.Text;

/**
 * Gives each organisation stored before V7 (or written by SQL outside the API) the confusable
 * skeleton of its name, once per start, under an advisory lock so that replicas starting together
 * do it once. Two existing organisations whose names already look alike keep the first one's
 * skeleton; the other is logged for an administrator to rename.
 */
@ApplicationScoped
public class OrganizationSkeletons {

  private static final Logger LOG = Logger.getLogger(OrganizationSkeletons.class);

  /** The advisory lock key of this start-up task ("org-skel"). */
  static final long LOCK = 0x6f72672d736b656cL;

  private final OrganizationRepository organizations;

  public OrganizationSkeletons(OrganizationRepository organizations) {
    this.organizations = organizations;
  }

  void onStart(@Observes @Priority(100) StartupEvent event) {
    QuarkusTransaction.requiringNew().run(this::fill);
  }

  /** Fills the missing skeletons; answers how many were written. */
  int fill() {
    var em = organizations.getEntityManager();
    em.createNativeQuery("select pg_advisory_xact_lock(?1)")
        .setParameter(1, LOCK)
        .getSingleResult();
    List<Organization> missing = organizations.list("nameSkeleton is null order by createdAt, id");
    if (missing.isEmpty()) {
      return 0;
    }
    Set<String> taken =
        new HashSet<>(
            em.createQuery(
                    "select o.nameSkeleton from Organization o where o.nameSkeleton is not null",
                    String.class)
                .getResultList());
    int written = 0;
    for (Organization o : missing) {
      String skeleton = Text.skeleton(o.name);
      if (taken.add(skeleton)) {
        o.nameSkeleton = skeleton;
        written++;
      } else {
        LOG.warnf(
            "organisation %s ('%s') looks like another organisation's name; rename one of them",
            o.id, o.name);
      }
    }
    LOG.infof("confusable skeletons written for %d organisations", written);
    return written;
  }
}
