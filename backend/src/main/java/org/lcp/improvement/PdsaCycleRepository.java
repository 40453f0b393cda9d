package org.lcp.improvement;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.lcp.common.error.ApiException;

/** The PDSA cycles of change ideas. */
@ApplicationScoped
public class PdsaCycleRepository implements PanacheRepositoryBase<PdsaCycle, UUID> {

  /** The cycle, or 404 when it is not one of the idea's. */
  PdsaCycle require(UUID changeIdeaId, UUID id) {
    return find("id = ?1 and changeIdeaId = ?2", id, changeIdeaId)
        .firstResultOptional()
        .orElseThrow(() -> ApiException.notFound("PDSA cycle", id));
  }

  PanacheQuery<PdsaCycle> of(UUID changeIdeaId) {
    return find("changeIdeaId = ?1 order by startDate, createdAt, id", changeIdeaId);
  }
}
