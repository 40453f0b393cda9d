package org.lcp.collaborative;

import java.util.List;
import java.util.UUID;

/**
 * What the setup checklist reads from the packages that own it, so that this package reads none of
 * their tables: each is answered by its owner in one SQL statement, whatever the collaborative's
 * size.
 */
public final class SetupSources {

  private SetupSources() {}

  /** How far each learning session is scheduled: answered by the session package. */
  public interface LearningSessions {
    /** Every learning session of the collaborative, by number. */
    List<SetupRules.SessionState> of(UUID collaborativeId);
  }

  /** How many readiness items the collaborative has: answered by the application package. */
  public interface ReadinessItems {
    int count(UUID collaborativeId);
  }

  /** How many Core Data Set measures the collaborative defines: answered by the metrics package. */
  public interface Measures {
    int count(UUID collaborativeId);
  }

  /**
   * How many consultation calls of the collaborative are not cancelled: answered by the
   * consultation package.
   */
  public interface Calls {
    int count(UUID collaborativeId);
  }
}
