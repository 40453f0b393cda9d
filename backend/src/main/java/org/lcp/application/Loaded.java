package org.lcp.application;

import org.lcp.collaborative.Collaborative;
import org.lcp.common.security.Refs.ApplicationRef;

/** An application loaded for an operation, with the collaborative it was made to. */
record Loaded(Application a, Collaborative c) {

  /** What the policies need to know of it. */
  ApplicationRef ref() {
    return a.ref(c);
  }
}
