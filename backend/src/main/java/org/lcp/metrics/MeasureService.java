package org.lcp.metrics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.lcp.api.model.MeasureInput;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Times;

/** Measures of a collaborative. */
@ApplicationScoped
public class MeasureService {

  static final int DEFAULT_DUE_DAY = 15;
  static final int DEFAULT_LOCK_AFTER_DAYS = 45;

  private final EntityManager em;
  private final AuditLog audit;

  public MeasureService(EntityManager em, AuditLog audit) {
    this.em = em;
    this.audit = audit;
  }

  @Transactional
  public List<Measure> all(UUID collaborativeId) {
    return em.createQuery("from Measure where collaborativeId = :c order by key", Measure.class)
        .setParameter("c", collaborativeId).getResultList();
  }

  @Transactional
  public Paging<Measure> page(UUID collaborativeId, Integer page, Integer size) {
    int p = page == null ? 0 : page;
    int s = size == null ? Paging.DEFAULT_SIZE : size;
    List<Measure> items = em.createQuery("from Measure where collaborativeId = :c order by key, id", Measure.class)
        .setParameter("c", collaborativeId).setFirstResult(p * s).setMaxResults(s).getResultList();
    long total = em.createQuery("select count(m) from Measure m where m.collaborativeId = :c", Long.class)
        .setParameter("c", collaborativeId).getSingleResult();
    return new Paging<>(items, p, s, total);
  }

  @Transactional
  public Measure get(UUID collaborativeId, UUID id) {
    Measure m = em.find(Measure.class, id);
    if (m == null || !m.collaborativeId.equals(collaborativeId)) {
      throw ApiException.notFound("measure", id);
    }
    return m;
  }

  @Transactional
  public Measure create(UUID collaborativeId, MeasureInput in) {
    requireFreeKey(collaborativeId, in.getKey(), null);
    Measure m = new Measure();
    m.id = UUID.randomUUID();
    m.collaborativeId = collaborativeId;
    m.periodType = "MONTHLY";
    apply(m, in);
    m.created(Instant.now());
    em.persist(m);
    audit.record("measure.created", subject(m), null, m.snapshot(), null);
    return m;
  }

  @Transactional
  public Measure update(UUID collaborativeId, UUID id, String ifMatch, MeasureInput in) {
    Measure m = get(collaborativeId, id);
    ETags.require(ifMatch, m.version);
    boolean hasValues = em.createQuery("select count(v) from MetricValue v where v.id.measureId = :m", Long.class)
        .setParameter("m", id).getSingleResult() > 0;
    if (hasValues && !m.key.equals(in.getKey())) {
      throw ApiException.conflict("the key of a measure cannot change once values were reported for it");
    }
    if (hasValues && m.type != in.getType()) {
      throw ApiException.conflict("the type of a measure cannot change once values were reported for it");
    }
    requireFreeKey(collaborativeId, in.getKey(), id);
    Map<String, Object> before = m.snapshot();
    apply(m, in);
    m.updatedAt = Instant.now();
    em.flush();
    var d = AuditLog.diff(before, m.snapshot());
    audit.record("measure.updated", subject(m), d.get("before"), d.get("after"), null);
    return m;
  }

  private void requireFreeKey(UUID collaborativeId, String key, UUID self) {
    List<Measure> same = em.createQuery("from Measure where collaborativeId = :c and key = :k", Measure.class)
        .setParameter("c", collaborativeId).setParameter("k", key).getResultList();
    if (same.stream().anyMatch(m -> !m.id.equals(self))) {
      throw ApiException.conflict("a measure with key '" + key + "' already exists in this collaborative");
    }
  }

  private static void apply(Measure m, MeasureInput in) {
    m.key = in.getKey();
    m.name = in.getName().trim();
    m.definition = Times.text(in.getDefinition());
    m.type = in.getType();
    m.unit = Times.text(in.getUnit());
    m.direction = in.getDirection().toString();
    m.target = in.getTarget() == null ? null : BigDecimal.valueOf(in.getTarget());
    m.dueDay = in.getDueDay() == null ? DEFAULT_DUE_DAY : in.getDueDay();
    m.lockAfterDays = in.getLockAfterDays() == null ? DEFAULT_LOCK_AFTER_DAYS : in.getLockAfterDays();
  }

  private static Subject subject(Measure m) {
    return new Subject("measure", m.id, null, m.collaborativeId);
  }
}
