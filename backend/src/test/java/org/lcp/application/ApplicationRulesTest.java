package org.lcp.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lcp.common.error.Violation;
import org.lcp.team.TeamRole;

/** The four criteria, without HTTP or a database. */
class ApplicationRulesTest {

  static ApplicationRules.Content complete() {
    return new ApplicationRules.Content(
        List.of("a", "b"),
        Map.of("a", 5, "b", 2),
        true,
        "Signer",
        "CEO",
        true,
        "Data Person",
        "data@example.org",
        List.of(
            TeamRole.SENIOR_LEADER, TeamRole.SUPERVISOR, TeamRole.CLINICIAN, TeamRole.CLINICIAN),
        2,
        List.of(1, 2, 3),
        Map.of(1, true, 2, true, 3, true));
  }

  @Test
  void aCompleteApplicationMissesNothing() {
    assertThat(ApplicationRules.missing(complete())).isEmpty();
    var checks = ApplicationRules.checks(complete());
    assertThat(checks.clinicians()).isEqualTo(2);
    assertThat(checks.allSessionsCommitted()).isTrue();
    assertThat(checks.commitmentSigned()).isTrue();
  }

  @Test
  void everyMissingItemIsListed() {
    var c =
        new ApplicationRules.Content(
            List.of("a", "b"),
            Map.of("b", 3),
            false,
            " ",
            null,
            false,
            null,
            null,
            List.of(TeamRole.CLINICIAN, TeamRole.DATA_MANAGER),
            3,
            List.of(1, 2),
            Map.of(1, false));
    List<String> fields = ApplicationRules.missing(c).stream().map(Violation::field).toList();
    assertThat(fields)
        .containsExactly(
            "readiness.a",
            "commitment.agreed",
            "commitment.signerName",
            "commitment.signerTitle",
            "commitment.signedOn",
            "commitment.dataContactName",
            "commitment.dataContactEmail",
            "coreTeam.seniorLeader",
            "coreTeam.supervisor",
            "coreTeam.clinicians",
            "sessionCommitments.learningSession1",
            "sessionCommitments.learningSession2");
    assertThat(ApplicationRules.missing(c).get(9).message()).contains("at least 3", "has 1");
    assertThat(ApplicationRules.sectionComplete(ApplicationRules.missing(c), "readiness"))
        .isFalse();
  }

  @Test
  void theMinimumOfCliniciansIsTheCollaboratives() {
    var zero =
        new ApplicationRules.Content(
            List.of(),
            Map.of(),
            true,
            "s",
            "t",
            true,
            "d",
            "d@x.org",
            List.of(TeamRole.SENIOR_LEADER, TeamRole.SUPERVISOR),
            0,
            List.of(),
            Map.of());
    assertThat(ApplicationRules.missing(zero)).isEmpty();
  }

  @Test
  void theReadinessScoreIsTheMeanOfTheCurrentItems() {
    assertThat(ApplicationRules.readinessScore(List.of("a", "b"), Map.of("a", 5, "b", 2)))
        .isEqualTo(3.5);
    assertThat(
            ApplicationRules.readinessScore(List.of("a", "b", "c"), Map.of("a", 1, "b", 2, "c", 2)))
        .isEqualTo(1.67);
    // a rating of an item that was removed does not count
    assertThat(ApplicationRules.readinessScore(List.of("a"), Map.of("a", 4, "gone", 1)))
        .isEqualTo(4.0);
    assertThat(ApplicationRules.readinessScore(List.of("a"), Map.of())).isNull();
  }
}
