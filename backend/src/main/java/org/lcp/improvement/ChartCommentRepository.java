package org.lcp.improvement;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.lcp.common.security.OrganizationScope;

/** Faculty comments on teams' charts. */
@ApplicationScoped
public class ChartCommentRepository implements PanacheRepositoryBase<ChartComment, UUID> {

  /** The comments on the charts of the teams in scope, newest first; of one measure when given. */
  PanacheQuery<ChartComment> of(UUID collaborativeId, OrganizationScope scope, UUID measureId) {
    var filter = scope.where("organizationId");
    Map<String, Object> params = new HashMap<>(filter.params());
    params.put("c", collaborativeId);
    String q = "collaborativeId = :c and " + filter.jpql();
    if (measureId != null) {
      q += " and measureId = :m";
      params.put("m", measureId);
    }
    return find(q + " order by createdAt desc, id", params);
  }
}
