package org.lcp.metrics;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a list or an export of values asks for: one organisation, one measure, the months from and
 * to (YYYY-MM) and the instant the values are read as of; each null when not asked.
 */
public record MetricValueFilter(
    UUID organizationId, String measureKey, String from, String to, OffsetDateTime asOf) {}
