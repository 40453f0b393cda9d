package org.lcp.metrics;

import java.time.YearMonth;
import java.util.UUID;

/** One organisation's month (of every measure): what an unlock reopens. */
record TeamPeriod(UUID organizationId, YearMonth period) {}
