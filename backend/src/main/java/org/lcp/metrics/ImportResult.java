package org.lcp.metrics;

import org.lcp.api.model.ImportReport;

/**
 * What an upload did: its report, and whether it is the first answer to an earlier upload with the
 * same Idempotency-Key (replayed, nothing written again).
 */
public record ImportResult(ImportReport report, boolean replayed) {

  /** An atomic upload with rejected rows writes nothing: it is refused as a whole. */
  public boolean refused() {
    return report.getMode() == ImportReport.ModeEnum.ATOMIC && report.getRejected() > 0;
  }
}
