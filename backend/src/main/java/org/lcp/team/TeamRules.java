package org.lcp.team;

import java.util.ArrayList;
import java.util.List;

/** A team's composition against the collaborative's minimums. */
public final class TeamRules {

  private TeamRules() {}

  public static int count(List<TeamRole> roles, TeamRole role) {
    return (int) roles.stream().filter(r -> r == role).count();
  }

  /** What the team lacks: a senior leader, a supervisor, enough clinicians. */
  public static List<String> warnings(List<TeamRole> current, int minClinicians) {
    List<String> warnings = new ArrayList<>();
    if (count(current, TeamRole.SENIOR_LEADER) == 0) {
      warnings.add("no senior leader on the team");
    }
    if (count(current, TeamRole.SUPERVISOR) == 0) {
      warnings.add("no supervisor on the team");
    }
    int clinicians = count(current, TeamRole.CLINICIAN);
    if (clinicians < minClinicians) {
      warnings.add(
          clinicians
              + " clinician"
              + (clinicians == 1 ? "" : "s")
              + ", fewer than the "
              + minClinicians
              + " the collaborative asks for");
    }
    return warnings;
  }
}
