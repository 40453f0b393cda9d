package org.lcp.collaborative;

/** A learning collaborative (teams apply) or a learning community (no applications), as stored. */
public enum CollaborativeKind {
  LEARNING_COLLABORATIVE,
  LEARNING_COMMUNITY
}
