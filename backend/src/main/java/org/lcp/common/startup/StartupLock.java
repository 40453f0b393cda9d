package org.lcp.common.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * One PostgreSQL advisory lock per start-up task that writes, so that N replicas starting together
 * on one database run each task once: the first takes the lock and writes; the others wait for its
 * commit, then find the work done. The lock is transaction-scoped ({@code pg_advisory_xact_lock}):
 * released at commit or rollback, never left behind by a replica that died. Call {@link #hold}
 * first thing in the task's transaction, then check "already done" (a fresh query sees the other
 * replica's commit: READ COMMITTED takes a new snapshot per statement).
 */
@ApplicationScoped
public class StartupLock {

  /** The tasks; each key is fixed forever (changing one lets an old and a new replica race). */
  public enum Task {
    DEMO_DATA(0x4c43_5001L),
    SCHEDULE_DEMO_DATA(0x4c43_5002L),
    COMMUNITY_DEMO_DATA(0x4c43_5003L);

    final long key;

    Task(long key) {
      this.key = key;
    }
  }

  private final EntityManager em;

  /** How long a start-up task's transaction, and each of its statements, may take. */
  public static final int TIMEOUT_SECONDS = 300;

  public StartupLock(EntityManager em) {
    this.em = em;
  }

  /**
   * Blocks until this transaction holds the task's lock (it must run inside a transaction). The
   * wait, and the task's own statements after it, may take longer than a request's statement
   * timeout (another replica may be writing the whole demo on a slow machine): this transaction
   * allows each statement up to five minutes.
   */
  public void hold(Task task) {
    em.createNativeQuery("select set_config('statement_timeout', ?1, true)")
        .setParameter(1, TIMEOUT_SECONDS + "s")
        .getSingleResult();
    em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) held")
        .setParameter(1, task.key)
        .getSingleResult();
  }
}
