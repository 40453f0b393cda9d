package org.lcp.consultation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import org.lcp.common.error.ApiException;

/** Call series. */
@ApplicationScoped
public class CallSeriesRepository implements PanacheRepositoryBase<CallSeries, UUID> {

  CallSeries require(UUID id) {
    return findByIdOptional(id).orElseThrow(() -> ApiException.notFound("call series", id));
  }

  /**
   * The series, locked until the transaction ends (changes of one series run one after the other).
   */
  CallSeries requireLocked(UUID id) {
    return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
        .orElseThrow(() -> ApiException.notFound("call series", id));
  }
}
