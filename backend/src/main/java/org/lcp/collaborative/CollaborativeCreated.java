package org.lcp.collaborative;

import java.util.UUID;

/**
 * Fired inside the creating transaction, so that other features set up what a new collaborative
 * needs.
 */
public record CollaborativeCreated(
    UUID collaborativeId, CollaborativeKind kind, int learningSessionCount) {}
