package org.lcp.collaborative;

import java.util.UUID;

/**
 * Fired in the transaction of a phase move (forward or back), for the packages that act on one (the
 * application package tells of applications opening).
 */
public record PhaseChanged(UUID collaborativeId, Phase from, Phase to) {}
