package org.lcp.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.MeasureInput;
import org.lcp.api.model.MeasurePage;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Actor;
import org.lcp.common.security.MetricsPolicy;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Enums;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Times;
import org.lcp.common.web.Versioned;

/**
 * The Core Data Set measures of a collaborative: read by whoever reads it, defined by its data
 * coordinators.
 */
@ApplicationScoped
public class MeasureService {

  static final int DEFAULT_DUE_DAY = 15;
  static final int DEFAULT_LOCK_AFTER_DAYS = 45;

  private final CollaborativeRepository collaboratives;
  private final MeasureRepository measures;
  private final MetricValueRepository values;
  private final MetricsPolicy policy;
  private final AuditLog audit;

  public MeasureService(
      CollaborativeRepository collaboratives,
      MeasureRepository measures,
      MetricValueRepository values,
      MetricsPolicy policy,
      AuditLog audit) {
    this.collaboratives = collaboratives;
    this.measures = measures;
    this.values = values;
    this.policy = policy;
    this.audit = audit;
  }

  @Transactional
  public MeasurePage list(Actor actor, UUID collaborativeId, Integer page, Integer size) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireReader(actor, c.ref());
    Paging<Measure> result = Paging.of(measures.ofCollaborative(c.id), page, size);
    Map<UUID, Long> counts = values.countsOf(result.items().stream().map(m -> m.id).toList());
    return new MeasurePage()
        .page(result.page())
        .size(result.size())
        .total(result.total())
        .items(result.items().stream().map(m -> MetricsMapper.toApi(m, counts.get(m.id))).toList());
  }

  @Transactional
  public Versioned<org.lcp.api.model.Measure> get(
      Actor actor, UUID collaborativeId, UUID measureId) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireReader(actor, c.ref());
    return view(measures.require(c.id, measureId));
  }

  @Transactional
  public Versioned<org.lcp.api.model.Measure> create(
      Actor actor, UUID collaborativeId, MeasureInput in) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireCoordinatorChange(actor, c.ref());
    requireFreeKey(c.id, in.getKey(), null);
    Measure m = new Measure();
    m.id = UUID.randomUUID();
    m.collaborativeId = c.id;
    m.periodType = PeriodType.MONTHLY;
    apply(m, in);
    m.created(Instant.now());
    measures.persist(m);
    audit.record("measure.created", subject(m), null, m.snapshot(), null);
    measures.flush();
    return view(m);
  }

  @Transactional
  public Versioned<org.lcp.api.model.Measure> update(
      Actor actor, UUID collaborativeId, UUID measureId, String ifMatch, MeasureInput in) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireCoordinatorChange(actor, c.ref());
    Measure m = measures.require(c.id, measureId);
    ETags.require(ifMatch, m.version);
    long reported = values.countsOf(List.of(m.id)).get(m.id);
    if (reported > 0 && !m.key.equals(in.getKey())) {
      throw ApiException.conflict(
          "the key of measure "
              + m.key
              + " cannot change: "
              + valuesReported(reported)
              + " (uploads and exports name the measure by its key); every other field can");
    }
    if (reported > 0 && m.type != Enums.map(in.getType(), MeasureType.class)) {
      throw ApiException.conflict(
          "the type of measure "
              + m.key
              + " cannot change from "
              + m.type
              + ": "
              + valuesReported(reported)
              + " as "
              + m.type
              + " values; every other field can");
    }
    requireFreeKey(c.id, in.getKey(), m.id);
    Map<String, Object> before = m.snapshot();
    apply(m, in);
    m.updatedAt = Instant.now();
    measures.flush();
    var d = AuditLog.diff(before, m.snapshot());
    audit.record("measure.updated", subject(m), d.get("before"), d.get("after"), null);
    return view(m);
  }

  private static String valuesReported(long n) {
    return n + (n == 1 ? " value was" : " values were") + " reported under this key";
  }

  private void requireFreeKey(UUID collaborativeId, String key, UUID self) {
    if (measures.keyTaken(collaborativeId, key, self)) {
      throw ApiException.conflict(
          "a measure with key '" + key + "' already exists in this collaborative");
    }
  }

  private static void apply(Measure m, MeasureInput in) {
    String numerator = Times.text(in.getNumerator());
    String denominator = Times.text(in.getDenominator());
    if (in.getType() != org.lcp.api.model.MeasureType.PROPORTION) {
      List<Violation> v = new ArrayList<>();
      if (numerator != null) {
        v.add(Violation.body("numerator", "is only for a PROPORTION measure"));
      }
      if (denominator != null) {
        v.add(Violation.body("denominator", "is only for a PROPORTION measure"));
      }
      if (!v.isEmpty()) {
        throw ApiException.invalid(v);
      }
    }
    m.numerator = numerator;
    m.denominator = denominator;
    m.key = in.getKey();
    m.name = in.getName().trim();
    m.definition = Times.text(in.getDefinition());
    m.type = Enums.map(in.getType(), MeasureType.class);
    m.unit = Times.text(in.getUnit());
    m.direction = Enums.map(in.getDirection(), Direction.class);
    m.target = in.getTarget() == null ? null : target(in.getTarget());
    m.dueDay = in.getDueDay() == null ? DEFAULT_DUE_DAY : in.getDueDay();
    m.lockAfterDays =
        in.getLockAfterDays() == null ? DEFAULT_LOCK_AFTER_DAYS : in.getLockAfterDays();
  }

  /** A target is a metric number: the same bounds as a value (|x| ≤ 1e9, 6 decimal places). */
  private static BigDecimal target(double target) {
    try {
      return MetricValidation.decimal(BigDecimal.valueOf(target).toString(), "target");
    } catch (MetricValidation.Rejection e) {
      throw ApiException.invalid("target", e.getMessage());
    }
  }

  private Versioned<org.lcp.api.model.Measure> view(Measure m) {
    return Versioned.of(
        m.version, MetricsMapper.toApi(m, values.countsOf(List.of(m.id)).get(m.id)));
  }

  private static Subject subject(Measure m) {
    return new Subject("measure", m.id, null, m.collaborativeId);
  }
}
