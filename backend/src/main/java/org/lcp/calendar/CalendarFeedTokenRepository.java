package org.lcp.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Calendar links, one per person. */
@ApplicationScoped
public class CalendarFeedTokenRepository implements PanacheRepositoryBase<CalendarFeedToken, UUID> {

  Optional<CalendarFeedToken> findByHash(String tokenHash) {
    return find("tokenHash", tokenHash).firstResultOptional();
  }
}
