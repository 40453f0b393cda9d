package org.lcp.metrics;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The first answers of uploads sent with an Idempotency-Key. */
@ApplicationScoped
public class IdempotencyRecordRepository
    implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyRecord.Key> {

  Optional<IdempotencyRecord> find(String scope, String key) {
    return findByIdOptional(new IdempotencyRecord.Key(scope, key));
  }
}
