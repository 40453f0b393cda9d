package org.lcp.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lcp.common.error.Violation;
import org.lcp.team.TeamRole;

/**
 * The four criteria of the model as rules over an application's content: what is still missing
 * before it may be submitted, the automatic checks faculty see, and the readiness score. Pure
 * functions, tested without a database.
 */
public final class ApplicationRules {

  private ApplicationRules() {}

  /** The content of an application, as the rules need it. */
  public record Content(
      List<String> readinessItemKeys,
      Map<String, Integer> ratings,
      boolean cdsAgreed,
      String signerName,
      String signerTitle,
      boolean signedOnGiven,
      String dataContactName,
      String dataContactEmail,
      List<TeamRole> memberRoles,
      int minClinicians,
      List<Integer> sessionNumbers,
      Map<Integer, Boolean> commitsBySessionNumber) {}

  /** The automatic checks. */
  public record Checks(
      int seniorLeaders,
      int supervisors,
      int clinicians,
      int minClinicians,
      boolean allSessionsCommitted,
      boolean commitmentSigned) {}

  public static Checks checks(Content c) {
    int leaders = count(c.memberRoles(), TeamRole.SENIOR_LEADER);
    int supervisors = count(c.memberRoles(), TeamRole.SUPERVISOR);
    int clinicians = count(c.memberRoles(), TeamRole.CLINICIAN);
    boolean allCommitted =
        c.sessionNumbers().stream()
            .allMatch(n -> Boolean.TRUE.equals(c.commitsBySessionNumber().get(n)));
    return new Checks(
        leaders, supervisors, clinicians, c.minClinicians(), allCommitted, commitmentSigned(c));
  }

  private static boolean commitmentSigned(Content c) {
    return c.cdsAgreed()
        && present(c.signerName())
        && present(c.signerTitle())
        && c.signedOnGiven();
  }

  /** Every item that keeps the application from being submitted, section by section. */
  public static List<Violation> missing(Content c) {
    List<Violation> v = new ArrayList<>();
    for (String key : c.readinessItemKeys()) {
      if (!c.ratings().containsKey(key)) {
        v.add(Violation.body("readiness." + key, "is not rated yet (1 to 5)"));
      }
    }
    if (!c.cdsAgreed()) {
      v.add(
          Violation.body(
              "commitment.agreed",
              "the organisation must agree to use the Core Data Set and submit metrics"));
    }
    required(v, "commitment.signerName", c.signerName());
    required(v, "commitment.signerTitle", c.signerTitle());
    if (!c.signedOnGiven()) {
      v.add(Violation.body("commitment.signedOn", "is required"));
    }
    required(v, "commitment.dataContactName", c.dataContactName());
    required(v, "commitment.dataContactEmail", c.dataContactEmail());
    Checks k = checks(c);
    if (k.seniorLeaders() < 1) {
      v.add(
          Violation.body(
              "coreTeam.seniorLeader", "the core team needs at least one senior leader"));
    }
    if (k.supervisors() < 1) {
      v.add(Violation.body("coreTeam.supervisor", "the core team needs at least one supervisor"));
    }
    if (k.clinicians() < c.minClinicians()) {
      v.add(
          Violation.body(
              "coreTeam.clinicians",
              "the core team needs at least "
                  + c.minClinicians()
                  + " clinicians; it has "
                  + k.clinicians()));
    }
    for (Integer n : c.sessionNumbers()) {
      Boolean commits = c.commitsBySessionNumber().get(n);
      if (commits == null) {
        v.add(
            Violation.body(
                "sessionCommitments.learningSession" + n,
                "no answer yet for learning session " + n));
      } else if (!commits) {
        v.add(
            Violation.body(
                "sessionCommitments.learningSession" + n,
                "the core team must commit to attend learning session " + n));
      }
    }
    return v;
  }

  /** Which sections are complete, from the list of what is missing. */
  public static boolean sectionComplete(List<Violation> missing, String section) {
    return missing.stream().noneMatch(v -> v.field().startsWith(section + "."));
  }

  /**
   * Mean of the ratings of the collaborative's current items, two decimals; null when none is
   * rated.
   */
  public static Double readinessScore(List<String> itemKeys, Map<String, Integer> ratings) {
    List<Integer> rated = itemKeys.stream().filter(ratings::containsKey).map(ratings::get).toList();
    if (rated.isEmpty()) {
      return null;
    }
    return round(rated.stream().mapToInt(Integer::intValue).average().orElseThrow());
  }

  /** A mean rating as shown: two decimals, halves up; null stays null. */
  public static Double round(Double mean) {
    return mean == null
        ? null
        : BigDecimal.valueOf(mean).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  private static void required(List<Violation> v, String field, String value) {
    if (!present(value)) {
      v.add(Violation.body(field, "is required"));
    }
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  private static int count(List<TeamRole> roles, TeamRole role) {
    return (int) roles.stream().filter(r -> r == role).count();
  }
}
