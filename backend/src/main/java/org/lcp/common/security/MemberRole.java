package org.lcp.common.security;

/**
 * A person's role in an organisation's team. It lives here because it decides what they may do:
 * senior leaders manage their organisation.
 */
public enum MemberRole {
  SENIOR_LEADER,
  SUPERVISOR,
  CLINICIAN,
  DATA_CONTACT,
  OTHER
}
