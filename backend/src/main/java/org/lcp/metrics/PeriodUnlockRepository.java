package org.lcp.metrics;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lcp.common.security.Filter;
import org.lcp.common.security.OrganizationScope;

/** Unlocked periods of collaboratives' teams. */
@ApplicationScoped
public class PeriodUnlockRepository
    implements PanacheRepositoryBase<PeriodUnlock, PeriodUnlock.Key> {

  /** The teams' months of the collaborative that are unlocked on {@code day}. */
  Set<TeamPeriod> unlocked(UUID collaborativeId, LocalDate day) {
    return list("id.collaborativeId = ?1 and until >= ?2", collaborativeId, day).stream()
        .map(PeriodUnlock::teamPeriod)
        .collect(Collectors.toSet());
  }

  /** The unlocks in force on {@code day} of several collaboratives, in one query. */
  Map<UUID, Set<TeamPeriod>> unlocked(Collection<UUID> collaborativeIds, LocalDate day) {
    Map<UUID, Set<TeamPeriod>> out = new HashMap<>();
    if (!collaborativeIds.isEmpty()) {
      list("id.collaborativeId in ?1 and until >= ?2", collaborativeIds, day)
          .forEach(
              u ->
                  out.computeIfAbsent(u.id.collaborativeId(), c -> new HashSet<>())
                      .add(u.teamPeriod()));
    }
    return out;
  }

  Optional<PeriodUnlock> find(UUID collaborativeId, UUID organizationId, YearMonth period) {
    return findByIdOptional(new PeriodUnlock.Key(collaborativeId, organizationId, period.atDay(1)));
  }

  /** The unlocks of the collaborative for the organisations in {@code scope}, newest first. */
  List<PeriodUnlock> of(UUID collaborativeId, OrganizationScope scope) {
    Filter whose = scope.where("id.organizationId");
    Parameters p = Parameters.with("c", collaborativeId);
    whose.params().forEach(p::and);
    return list("id.collaborativeId = :c and " + whose.jpql() + " order by unlockedAt desc", p);
  }
}
