package org.lcp.application;

import java.util.List;
import java.util.UUID;

/**
 * Whether someone of an organisation attended an informational call of a collaborative (shown on
 * its application), and who registered interest (told when applications open and close): answered
 * by the consultation package, which owns calls and their attendance.
 */
public interface InformationalCalls {

  boolean attended(UUID collaborativeId, UUID organizationId);

  /** The organisations that registered interest in any informational call of the collaborative. */
  List<UUID> registeredOrganizations(UUID collaborativeId);
}
