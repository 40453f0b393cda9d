package org.lcp.metrics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lcp.api.model.ImportReport;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.ProblemTypes;
import org.lcp.common.security.Actor;
import org.lcp.common.security.MetricsPolicy;
import org.lcp.common.security.OrganizationScope;
import org.lcp.common.web.Enums;
import org.lcp.metrics.MetricValueRepository.Counts;
import org.lcp.metrics.MetricValueRepository.Staging;
import org.lcp.team.TeamRepository;

/**
 * Uploads of many values at once, in bounded memory: the body (a file) is read one row at a time,
 * each row checked as it comes, the accepted rows copied (COPY) a chunk at a time into a temporary
 * table, then classified, revised and upserted by three statements, all in the request's
 * transaction, so an atomic upload writes all or nothing and a retry with its Idempotency-Key
 * writes nothing again. The report lists the first {@value #MAX_REJECTIONS_LISTED} rejected rows
 * and counts all of them.
 */
@ApplicationScoped
public class MetricImportService {

  static final int MAX_REJECTIONS_LISTED = 1000;

  private final CollaborativeRepository collaboratives;
  private final TeamRepository teams;
  private final MeasureRepository measures;
  private final MetricValueRepository values;
  private final PeriodUnlockRepository unlocks;
  private final IdempotencyRecordRepository idempotency;
  private final MetricsPolicy policy;
  private final AuditLog audit;
  private final ObjectMapper json;
  private final int maxRows;
  private final int chunkRows;
  private final int uploadTimeoutSeconds;

  public MetricImportService(
      CollaborativeRepository collaboratives,
      TeamRepository teams,
      MeasureRepository measures,
      MetricValueRepository values,
      PeriodUnlockRepository unlocks,
      IdempotencyRecordRepository idempotency,
      MetricsPolicy policy,
      AuditLog audit,
      ObjectMapper json,
      @ConfigProperty(name = "lcp.metrics.max-upload-rows") int maxRows,
      @ConfigProperty(name = "lcp.metrics.import-chunk-rows", defaultValue = "5000") int chunkRows,
      @ConfigProperty(name = "lcp.metrics.upload-statement-timeout", defaultValue = "120")
          int uploadTimeoutSeconds) {
    this.collaboratives = collaboratives;
    this.teams = teams;
    this.measures = measures;
    this.values = values;
    this.unlocks = unlocks;
    this.idempotency = idempotency;
    this.policy = policy;
    this.audit = audit;
    this.json = json;
    this.maxRows = maxRows;
    this.chunkRows = Math.max(1, chunkRows);
    this.uploadTimeoutSeconds = uploadTimeoutSeconds;
  }

  @Transactional
  @TransactionConfiguration(timeoutFromConfigProperty = "lcp.metrics.upload-transaction-timeout")
  public ImportResult upload(Actor actor, UUID collaborativeId, ImportRequest request) {
    Collaborative c = collaboratives.require(collaborativeId);
    OrganizationScope scope = policy.uploadScope(actor, c.ref());
    boolean partial = request.mode() == ImportMode.PARTIAL;
    String hash =
        hash(
            request.body(),
            c.id
                + "|"
                + (request.format() == ImportFormat.CSV ? "csv" : "json")
                + "|"
                + partial
                + "|"
                + request.dryRun());
    String owner = actor.caller().subject() + "|" + c.id;
    if (request.idempotencyKey() != null) {
      var first = idempotency.find(owner, request.idempotencyKey());
      if (first.isPresent()) {
        return replay(first.get(), hash);
      }
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Map<String, Measure> byKey =
        measures.all(c.id).stream().collect(Collectors.toMap(m -> m.key, Function.identity()));
    MetricValidation.Validator validator =
        new MetricValidation.Validator(
            new MetricValidation.Context(
                byKey, teams.organizationIds(c.id), scope, today, unlocks.unlocked(c.id, today)),
            MAX_REJECTIONS_LISTED);
    // one row at a time from the file, the accepted ones copied a chunk at a time: memory is
    // bounded by the chunk, not by the upload; the staging table's connection may run long
    // statements until the upload is done
    try (Staging staging = values.staging(uploadTimeoutSeconds)) {
      List<MetricValidation.Accepted> chunk = new ArrayList<>(chunkRows);
      int received;
      int accepted = 0;
      try (MetricRows.Reader reader = open(request)) {
        for (MetricRows.Row row = reader.next(); row != null; row = reader.next()) {
          MetricValidation.Accepted a = validator.check(row);
          if (a != null) {
            accepted++;
            chunk.add(a);
            if (chunk.size() == chunkRows) {
              staging.copy(chunk);
              chunk.clear();
            }
          }
        }
        staging.copy(chunk);
        received = reader.count();
      } catch (MetricRows.TooManyRows e) {
        throw new ApiException(
            413,
            ProblemTypes.PAYLOAD_TOO_LARGE,
            "Payload too large",
            "an upload takes at most " + maxRows + " rows; split it into several",
            null,
            null);
      }

      boolean write = !request.dryRun() && (partial || validator.rejected() == 0) && accepted > 0;
      Counts counts = staging.finish(write, source(actor, request.format()), actor.displayName());
      ImportReport report =
          new ImportReport()
              .mode(Enums.map(request.mode(), ImportReport.ModeEnum.class))
              .dryRun(request.dryRun())
              .written(write)
              .received(received)
              .created(counts.created())
              .updated(counts.updated())
              .unchanged(counts.unchanged())
              .rejected(validator.rejected())
              .rejections(validator.rejections());
      if (write) {
        audit.record(
            "metrics.imported",
            Subject.collaborative(c.id),
            null,
            Map.of(
                "received",
                received,
                "created",
                counts.created(),
                "updated",
                counts.updated(),
                "unchanged",
                counts.unchanged(),
                "rejected",
                validator.rejected()),
            null);
      }
      ImportResult answer = new ImportResult(report, false);
      if (request.idempotencyKey() != null) {
        remember(owner, request.idempotencyKey(), hash, answer);
      }
      return answer;
    }
  }

  private MetricRows.Reader open(ImportRequest request) {
    try {
      return MetricRows.open(new FileInputStream(request.body()), request.format(), maxRows);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A file is a CSV upload; otherwise people upload through the web client and data systems through
   * the API.
   */
  private static ValueSource source(Actor actor, ImportFormat format) {
    return format == ImportFormat.CSV
        ? ValueSource.CSV
        : actor.isPerson() ? ValueSource.WEB : ValueSource.API;
  }

  /** The first answer again, unless the key came with another upload (422). */
  private ImportResult replay(IdempotencyRecord first, String hash) {
    if (!hash.equals(first.requestHash)) {
      throw new ApiException(
          422,
          ProblemTypes.IDEMPOTENCY_KEY_REUSED,
          "Idempotency-Key reused",
          "this Idempotency-Key was used for a different upload; use a new key for new data",
          null,
          null);
    }
    try {
      return new ImportResult(json.readValue(first.body, ImportReport.class), true);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void remember(String owner, String key, String hash, ImportResult answer) {
    IdempotencyRecord r = new IdempotencyRecord();
    r.id = new IdempotencyRecord.Key(owner, key);
    r.requestHash = hash;
    r.status = answer.refused() ? 422 : 200;
    try {
      r.body = json.writeValueAsString(answer.report());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    r.createdAt = Instant.now();
    idempotency.persist(r);
    idempotency.flush();
  }

  private static String hash(File body, String context) {
    try (InputStream in =
        new DigestInputStream(new FileInputStream(body), MessageDigest.getInstance("SHA-256"))) {
      MessageDigest d = ((DigestInputStream) in).getMessageDigest();
      d.update(context.getBytes(StandardCharsets.UTF_8));
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(d.digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
