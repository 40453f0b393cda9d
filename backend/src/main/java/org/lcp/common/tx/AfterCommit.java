package org.lcp.common.tx;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Work that must follow a change only once it has committed (an e-mail, a call to Keycloak): never
 * inside the transaction, never after a rollback. The task runs on the committing thread, after the
 * transaction has ended; it must not throw (a failure there cannot undo the change).
 */
@ApplicationScoped
public class AfterCommit {

  private final TransactionSynchronizationRegistry transactions;

  public AfterCommit(TransactionSynchronizationRegistry transactions) {
    this.transactions = transactions;
  }

  /** Runs {@code task} once the current transaction has committed; nothing when it rolls back. */
  public void run(Runnable task) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // the task waits for the commit
          }

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              task.run();
            }
          }
        });
  }
}
