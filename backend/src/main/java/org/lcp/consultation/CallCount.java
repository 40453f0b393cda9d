package org.lcp.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.lcp.collaborative.SetupSources;

/**
 * Tells the setup checklist how many consultation calls of a collaborative are not cancelled (one
 * query).
 */
@ApplicationScoped
public class CallCount implements SetupSources.Calls {

  private final CallRepository calls;

  public CallCount(CallRepository calls) {
    this.calls = calls;
  }

  @Override
  public int count(UUID collaborativeId) {
    return (int)
        calls.count(
            "collaborativeId = ?1 and kind = ?2 and state <> ?3",
            collaborativeId,
            CallKind.CONSULTATION,
            CallState.CANCELLED);
  }
}
