package org.lcp.team;

/** A person's role on a team's roster (and in an application's core team), as stored. */
public enum TeamRole {
  SENIOR_LEADER,
  SUPERVISOR,
  CLINICIAN,
  DATA_MANAGER,
  OTHER
}
