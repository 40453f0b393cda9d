package org.lcp.metrics;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.lcp.api.model.ImportReport;
import org.lcp.collaborative.Collaborative;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.ProblemTypes;
import org.lcp.common.security.Caller;
import org.postgresql.PGConnection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Uploads of many values at once. Set-based: the accepted rows are copied (COPY) into a temporary
 * table, classified, revised and upserted by three statements, all in the request's transaction, so
 * an atomic upload writes all or nothing and a retry with its Idempotency-Key writes nothing again.
 */
@ApplicationScoped
public class MetricImportService {

  /** The answer to an upload: its status (200, or 422 for a refused atomic upload) and report. */
  public record Outcome(int status, String body, boolean replay) {
  }

  static final int MAX_REJECTIONS_LISTED = 1000;

  private final EntityManager em;
  private final MeasureService measures;
  private final AuditLog audit;
  private final ObjectMapper json;
  private final int maxRows;
  private final PeriodUnlockService unlocks;

  public MetricImportService(EntityManager em, MeasureService measures, AuditLog audit, ObjectMapper json,
      PeriodUnlockService unlocks, @ConfigProperty(name = "lcp.metrics.max-upload-rows") int maxRows) {
    this.unlocks = unlocks;
    this.em = em;
    this.measures = measures;
    this.audit = audit;
    this.json = json;
    this.maxRows = maxRows;
  }

  @Transactional
  public Outcome upload(Caller caller, Collaborative c, Set<UUID> allowed, File body, boolean csv, boolean partial,
      boolean dryRun, String idempotencyKey) {
    String hash = hash(body, c.id + "|" + (csv ? "csv" : "json") + "|" + partial + "|" + dryRun);
    String scope = caller.subject() + "|" + c.id;
    if (idempotencyKey != null) {
      Outcome first = replay(scope, idempotencyKey, hash);
      if (first != null) {
        return first;
      }
    }
    List<MetricRows.Row> rows;
    try (InputStream in = new FileInputStream(body)) {
      rows = csv ? MetricRows.csv(in, maxRows) : MetricRows.json(in, maxRows);
    } catch (MetricRows.TooManyRows e) {
      throw new ApiException(413, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
          "an upload takes at most " + maxRows + " rows; split it into several", null, null);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }

    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Map<String, Measure> byKey = new HashMap<>();
    measures.all(c.id).forEach(m -> byKey.put(m.key, m));
    MetricValidation.Result result = MetricValidation.validate(rows, new MetricValidation.Context(byKey,
        enrolled(c.id), allowed, today, unlocks.unlocked(c.id, today)));

    boolean write = !dryRun && (partial || result.rejections().isEmpty()) && !result.accepted().isEmpty();
    int[] counts = em.unwrap(Session.class).doReturningWork(conn -> stageAndWrite(conn, result.accepted(), write,
        csv ? "CSV" : caller.isPerson() ? "WEB" : "API", caller.displayName()));

    ImportReport report = new ImportReport()
        .mode(partial ? ImportReport.ModeEnum.PARTIAL : ImportReport.ModeEnum.ATOMIC)
        .dryRun(dryRun)
        .written(write)
        .received(rows.size())
        .created(counts[0])
        .updated(counts[1])
        .unchanged(counts[2])
        .rejected(result.rejections().size())
        .rejections(result.rejections().stream().limit(MAX_REJECTIONS_LISTED).toList());
    int status = !partial && !result.rejections().isEmpty() ? 422 : 200;
    String text;
    try {
      text = json.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    if (write) {
      audit.record("metrics.imported", new Subject("collaborative", c.id, null, c.id), null,
          Map.of("received", rows.size(), "created", counts[0], "updated", counts[1], "unchanged", counts[2],
              "rejected", result.rejections().size()), null);
    }
    if (idempotencyKey != null) {
      em.createNativeQuery("insert into idempotency_record (scope, key, request_hash, status, body, created_at) "
              + "values (?1, ?2, ?3, ?4, ?5, ?6)")
          .setParameter(1, scope).setParameter(2, idempotencyKey).setParameter(3, hash).setParameter(4, status)
          .setParameter(5, text).setParameter(6, Instant.now()).executeUpdate();
    }
    return new Outcome(status, text, false);
  }

  private Outcome replay(String scope, String key, String hash) {
    @SuppressWarnings("unchecked")
    List<Object[]> found = em.createNativeQuery("select request_hash, status, body from idempotency_record "
            + "where scope = ?1 and key = ?2")
        .setParameter(1, scope).setParameter(2, key).getResultList();
    if (found.isEmpty()) {
      return null;
    }
    if (!hash.equals(found.get(0)[0])) {
      throw new ApiException(422, ProblemTypes.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key reused",
          "this Idempotency-Key was used for a different upload; use a new key for new data", null, null);
    }
    return new Outcome(((Number) found.get(0)[1]).intValue(), (String) found.get(0)[2], true);
  }

  private Set<UUID> enrolled(UUID collaborativeId) {
    @SuppressWarnings("unchecked")
    List<UUID> ids = em.createNativeQuery("select organization_id from team where collaborative_id = ?1")
        .setParameter(1, collaborativeId).getResultList();
    return new HashSet<>(ids);
  }

  /** Copies the rows into a temporary table, counts created/updated/unchanged, and writes when asked. */
  private static int[] stageAndWrite(Connection conn, List<MetricValidation.Accepted> rows, boolean write,
      String source, String actor) throws SQLException {
    if (rows.isEmpty()) {
      return new int[] {0, 0, 0};
    }
    try (Statement s = conn.createStatement()) {
      s.execute("create temp table metric_staging (measure_id uuid, organization_id uuid, period date, "
          + "value numeric, numerator numeric, denominator numeric) on commit drop");
    }
    StringBuilder copy = new StringBuilder(rows.size() * 100);
    for (MetricValidation.Accepted a : rows) {
      copy.append(a.measureId()).append('\t').append(a.organizationId()).append('\t').append(a.period())
          .append('\t').append(text(a.value())).append('\t').append(text(a.numerator())).append('\t')
          .append(text(a.denominator())).append('\n');
    }
    try {
      conn.unwrap(PGConnection.class).getCopyAPI().copyIn("copy metric_staging from stdin",
          new StringReader(copy.toString()));
    } catch (IOException e) {
      throw new SQLException(e);
    }
    int[] counts = new int[3];
    String join = " from metric_staging s left join metric_value v on v.measure_id = s.measure_id"
        + " and v.organization_id = s.organization_id and v.period = s.period";
    String changed = "(v.value, v.numerator, v.denominator) is distinct from (s.value, s.numerator, s.denominator)";
    try (Statement s = conn.createStatement();
        ResultSet r = s.executeQuery("select count(*) filter (where v.measure_id is null), "
            + "count(*) filter (where v.measure_id is not null and " + changed + "), "
            + "count(*) filter (where v.measure_id is not null and not " + changed + ")" + join)) {
      r.next();
      counts[0] = r.getInt(1);
      counts[1] = r.getInt(2);
      counts[2] = r.getInt(3);
    }
    if (write) {
      Timestamp now = Timestamp.from(Instant.now());
      try (PreparedStatement revise = conn.prepareStatement("insert into metric_value_revision (measure_id, "
          + "organization_id, period, old_value, old_numerator, old_denominator, new_value, new_numerator, "
          + "new_denominator, source, actor, at) select s.measure_id, s.organization_id, s.period, v.value, "
          + "v.numerator, v.denominator, s.value, s.numerator, s.denominator, ?, ?, ?" + join
          + " where v.measure_id is null or " + changed)) {
        revise.setString(1, source);
        revise.setString(2, actor);
        revise.setTimestamp(3, now);
        revise.executeUpdate();
      }
      try (PreparedStatement upsert = conn.prepareStatement("insert into metric_value (measure_id, organization_id, "
          + "period, value, numerator, denominator, source, updated_by, updated_at) select measure_id, "
          + "organization_id, period, value, numerator, denominator, ?, ?, ? from metric_staging "
          + "on conflict (measure_id, organization_id, period) do update set value = excluded.value, "
          + "numerator = excluded.numerator, denominator = excluded.denominator, source = excluded.source, "
          + "updated_by = excluded.updated_by, updated_at = excluded.updated_at "
          + "where (metric_value.value, metric_value.numerator, metric_value.denominator) "
          + "is distinct from (excluded.value, excluded.numerator, excluded.denominator)")) {
        upsert.setString(1, source);
        upsert.setString(2, actor);
        upsert.setTimestamp(3, now);
        upsert.executeUpdate();
      }
    }
    try (Statement s = conn.createStatement()) {
      s.execute("drop table metric_staging");
    }
    return counts;
  }

  private static String text(java.math.BigDecimal v) {
    return v == null ? "\\N" : v.toPlainString();
  }

  private static String hash(File body, String context) {
    try (InputStream in = new DigestInputStream(new FileInputStream(body), MessageDigest.getInstance("SHA-256"))) {
      MessageDigest d = ((DigestInputStream) in).getMessageDigest();
      d.update(context.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(d.digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
