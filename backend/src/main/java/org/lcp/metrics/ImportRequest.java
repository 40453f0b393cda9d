package org.lcp.metrics;

import java.io.File;

/**
 * One upload of values: the body as received (a JSON array of rows, or CSV with a header row), what
 * to do with rejected rows, whether to write at all, and the key that makes a retry safe.
 *
 * @param idempotencyKey the client's key for retries of this upload; null when it sent none
 */
public record ImportRequest(
    File body, ImportFormat format, ImportMode mode, boolean dryRun, String idempotencyKey) {}
