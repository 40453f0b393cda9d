package org.lcp.metrics;

import java.time.YearMonth;
import java.util.UUID;

/** One team's month of one measure: where one value goes, and a cell of the completeness matrix. */
record Cell(UUID measureId, UUID organizationId, YearMonth period) {}
