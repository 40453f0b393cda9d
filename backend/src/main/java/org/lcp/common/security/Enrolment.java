package org.lcp.common.security;

import java.util.UUID;

/** An organisation enrolled in a collaborative as a team. */
public record Enrolment(UUID teamId, UUID collaborativeId, UUID organizationId) {}
