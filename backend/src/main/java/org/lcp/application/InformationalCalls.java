package org.lcp.application;

import java.util.UUID;

/**
 * Whether someone of an organisation attended an informational call of a collaborative (shown on
 * its application): answered by the consultation package, which owns calls and their attendance.
 */
public interface InformationalCalls {

  boolean attended(UUID collaborativeId, UUID organizationId);
}
