package org.lcp.metrics;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The first answers of uploads sent with an Idempotency-Key. */
@ApplicationScoped
public class IdempotencyRecordRepository implements PanacheRepositoryBase<IdempotencyRecord, IdempotencyRecord.Key> {

  Optional<IdempotencyRecord> find(String scope, String key) {
    return findByIdOptional(new IdempotencyRecord.Key(scope, key));
  }
}
