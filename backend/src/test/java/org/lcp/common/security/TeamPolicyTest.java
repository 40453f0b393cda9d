package org.lcp.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Refs.CollaborativeRef;
import org.lcp.common.security.Refs.TeamRef;

/**
 * Teams, rosters and attendance, decided without a database: one collaborative with a team of the
 * owning organisation and a team of another, and every kind of caller.
 */
class TeamPolicyTest {

  static final UUID COLLABORATIVE = UUID.randomUUID();
  static final UUID OTHER_COLLABORATIVE = UUID.randomUUID();
  static final UUID OWNING = UUID.randomUUID();
  static final UUID OTHER = UUID.randomUUID();
  static final UUID NOT_ENROLLED = UUID.randomUUID();

  final TeamPolicy policy = new TeamPolicy(new CollaborativePolicy());

  static CollaborativeRef collaborative(String phase) {
    return new CollaborativeRef(COLLABORATIVE, phase.equals("DRAFT"), phase.equals("CLOSED"));
  }

  static TeamRef team(UUID organizationId, String phase) {
    return new TeamRef(UUID.randomUUID(), organizationId, collaborative(phase));
  }

  static Actor person(
      Set<String> roles, Map<UUID, MemberRole> memberships, Map<UUID, Boolean> faculty) {
    Caller caller =
        new Caller(
            Caller.Kind.PERSON, UUID.randomUUID(), "sub", "p@example.org", "P", roles, null, null);
    return Actor.of(caller, memberships, faculty, List.of());
  }

  /** The callers of the access matrix, by name. */
  static Actor actor(String who) {
    return switch (who) {
      case "admin" -> person(Set.of(Caller.ADMIN), Map.of(), Map.of());
      case "lead" -> person(Set.of(Caller.FACULTY), Map.of(), Map.of(COLLABORATIVE, true));
      case "faculty" -> person(Set.of(Caller.FACULTY), Map.of(), Map.of(COLLABORATIVE, false));
      case "outsider" ->
          person(Set.of(Caller.FACULTY), Map.of(), Map.of(OTHER_COLLABORATIVE, true));
      case "member" -> person(Set.of(), Map.of(OWNING, MemberRole.SENIOR_LEADER), Map.of());
      case "clinician" -> person(Set.of(), Map.of(OWNING, MemberRole.CLINICIAN), Map.of());
      case "otherMember" -> person(Set.of(), Map.of(OTHER, MemberRole.SENIOR_LEADER), Map.of());
      case "stranger" -> person(Set.of(), Map.of(NOT_ENROLLED, MemberRole.SENIOR_LEADER), Map.of());
      case "dataSystem" ->
          Actor.of(
              new Caller(
                  Caller.Kind.MACHINE_CLIENT,
                  null,
                  "svc",
                  null,
                  null,
                  Set.of(),
                  OWNING,
                  "owning-data"),
              Map.of(),
              Map.of(),
              List.of());
      case "system" -> Actor.system();
      default -> throw new IllegalArgumentException(who);
    };
  }

  static int status(Runnable decision) {
    try {
      decision.run();
      return 200;
    } catch (ApiException e) {
      return e.status();
    }
  }

  @ParameterizedTest(name = "{0} sees the owning team in {1}: {2}, another organisation''s: {3}")
  @CsvSource({
    "admin, ACTIVE, 200, 200",
    "system, ACTIVE, 200, 200",
    "lead, ACTIVE, 200, 200",
    "faculty, ACTIVE, 200, 200",
    "outsider, ACTIVE, 404, 404",
    "member, ACTIVE, 200, 404",
    "clinician, ACTIVE, 200, 404",
    "otherMember, ACTIVE, 404, 200",
    "stranger, ACTIVE, 404, 404",
    "dataSystem, ACTIVE, 403, 403",
    "admin, CLOSED, 200, 200",
    "lead, CLOSED, 200, 200",
    "member, CLOSED, 200, 404",
    "admin, DRAFT, 200, 200",
    "faculty, DRAFT, 200, 200",
    "outsider, DRAFT, 404, 404",
    "member, DRAFT, 404, 404",
  })
  void whoSeesATeam(String who, String phase, int owning, int other) {
    Actor actor = actor(who);
    assertThat(status(() -> policy.requireVisible(actor, team(OWNING, phase)))).isEqualTo(owning);
    assertThat(status(() -> policy.requireVisible(actor, team(OTHER, phase)))).isEqualTo(other);
  }

  @ParameterizedTest(name = "{0} changes the owning team''s roster in {1}: {2}")
  @CsvSource({
    "admin, ACTIVE, 200",
    "lead, ACTIVE, 200",
    "faculty, ACTIVE, 200",
    "member, ACTIVE, 200",
    "clinician, ACTIVE, 200",
    "outsider, ACTIVE, 404",
    "otherMember, ACTIVE, 404",
    "stranger, ACTIVE, 404",
    "dataSystem, ACTIVE, 403",
    "admin, CLOSED, 409",
    "lead, CLOSED, 409",
    "faculty, CLOSED, 409",
    "member, CLOSED, 409",
    "otherMember, CLOSED, 404",
    "outsider, CLOSED, 404",
    "dataSystem, CLOSED, 403",
    "member, DRAFT, 404",
  })
  void whoKeepsTheRoster(String who, String phase, int expected) {
    Actor actor = actor(who);
    assertThat(status(() -> policy.requireRosterChange(actor, team(OWNING, phase))))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} records attendance in {1}: {2} (sheet says recordable: {3})")
  @CsvSource({
    "admin, ACTIVE, 200, true",
    "system, ACTIVE, 200, true",
    "lead, ACTIVE, 200, true",
    "faculty, ACTIVE, 200, true",
    "outsider, ACTIVE, 403, false",
    "member, ACTIVE, 403, false",
    "otherMember, ACTIVE, 403, false",
    "dataSystem, ACTIVE, 403, false",
    "admin, CLOSED, 409, false",
    "lead, CLOSED, 409, false",
    "faculty, CLOSED, 409, false",
    "member, CLOSED, 403, false",
    "outsider, DRAFT, 404, false",
    "faculty, DRAFT, 200, true",
  })
  void whoRecordsAttendance(String who, String phase, int expected, boolean recordable) {
    Actor actor = actor(who);
    assertThat(status(() -> policy.requireRecordAttendance(actor, collaborative(phase))))
        .isEqualTo(expected);
    assertThat(policy.mayRecordAttendance(actor, collaborative(phase))).isEqualTo(recordable);
  }

  @ParameterizedTest(name = "{0}: the list of teams and one team agree")
  @CsvSource({
    "admin",
    "system",
    "lead",
    "faculty",
    "outsider",
    "member",
    "clinician",
    "otherMember",
    "stranger"
  })
  void theListFilterAndTheSingleDecisionAgree(String who) {
    Actor actor = actor(who);
    OrganizationScope scope = policy.scope(actor, collaborative("ACTIVE"));
    for (UUID organization : List.of(OWNING, OTHER, NOT_ENROLLED)) {
      boolean single =
          status(() -> policy.requireVisible(actor, team(organization, "ACTIVE"))) == 200;
      assertThat(scope.includes(organization)).as("%s and %s", who, organization).isEqualTo(single);
      Filter where = scope.where("t.organizationId");
      boolean listed =
          where == Filter.ALL
              || (where != Filter.NONE
                  && ((Set<?>) where.params().get("scopeOrganizations")).contains(organization));
      assertThat(listed).as("the filter of %s for %s", who, organization).isEqualTo(single);
    }
  }

  @Test
  void theListFilterNamesThePathItIsGiven() {
    Filter where = policy.scope(actor("member"), collaborative("ACTIVE")).where("t.organizationId");
    assertThat(where.jpql()).isEqualTo("t.organizationId in (:scopeOrganizations)");
    assertThat(where.params()).containsEntry("scopeOrganizations", Set.of(OWNING));
    assertThat(policy.scope(actor("outsider"), collaborative("ACTIVE")).where("x"))
        .isEqualTo(Filter.NONE);
    assertThat(policy.scope(actor("faculty"), collaborative("ACTIVE")).where("x"))
        .isEqualTo(Filter.ALL);
  }

  @Test
  void aDraftIsHiddenAndAMachineClientIsRefusedBeforeAnyTeamIsListed() {
    assertThat(
            catchThrowableOfType(
                    ApiException.class, () -> policy.scope(actor("member"), collaborative("DRAFT")))
                .status())
        .isEqualTo(404);
    assertThat(
            catchThrowableOfType(
                    ApiException.class,
                    () -> policy.scope(actor("dataSystem"), collaborative("ACTIVE")))
                .status())
        .isEqualTo(403);
    assertThatCode(() -> policy.scope(actor("faculty"), collaborative("DRAFT")))
        .doesNotThrowAnyException();
  }

  @Test
  void aRosterMemberOfATeamOneMayNotSeeIsNotFoundAsARosterMember() {
    UUID member = UUID.randomUUID();
    ApiException e =
        catchThrowableOfType(
            ApiException.class,
            () ->
                policy.requireRosterMemberVisible(
                    actor("otherMember"), team(OWNING, "ACTIVE"), member));
    assertThat(e.status()).isEqualTo(404);
    assertThat(e.getMessage()).contains("roster member").contains(member.toString());
    assertThatCode(
            () ->
                policy.requireRosterMemberVisible(actor("member"), team(OWNING, "CLOSED"), member))
        .doesNotThrowAnyException();
  }
}
