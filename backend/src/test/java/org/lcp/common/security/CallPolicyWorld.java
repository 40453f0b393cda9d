package org.lcp.common.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Refs.CallRef;
import org.lcp.common.security.Refs.CollaborativeRef;

/**
 * A collaborative and the people around it, without a database, for policy tests: its lead and
 * another faculty member, a faculty member of another collaborative, members of two enrolled
 * organisations (teams A and B) and of one that is not enrolled, someone of no organisation, a
 * machine client of organisation A, and an admin.
 */
final class CallPolicyWorld {

  final UUID collaborative = UUID.randomUUID();
  final UUID otherCollaborative = UUID.randomUUID();
  final UUID orgA = UUID.randomUUID();
  final UUID orgB = UUID.randomUUID();
  final UUID orgX = UUID.randomUUID();
  final UUID teamA = UUID.randomUUID();
  final UUID teamB = UUID.randomUUID();

  final CollaborativeRef open = new CollaborativeRef(collaborative, false, false);
  final CollaborativeRef closed = new CollaborativeRef(collaborative, false, true);
  final CollaborativeRef draft = new CollaborativeRef(collaborative, true, false);

  final Actor admin = person(Set.of(Caller.ADMIN), Map.of(), Map.of());
  final Actor lead = person(Set.of(Caller.FACULTY), Map.of(), Map.of(collaborative, true));
  final Actor faculty = person(Set.of(Caller.FACULTY), Map.of(), Map.of(collaborative, false));
  final Actor otherFaculty =
      person(Set.of(Caller.FACULTY), Map.of(), Map.of(otherCollaborative, true));
  final Actor memberA = person(Set.of(), Map.of(orgA, MemberRole.CLINICIAN), Map.of());
  final Actor memberB = person(Set.of(), Map.of(orgB, MemberRole.SENIOR_LEADER), Map.of());
  final Actor memberX = person(Set.of(), Map.of(orgX, MemberRole.SENIOR_LEADER), Map.of());
  final Actor nobody = person(Set.of(), Map.of(), Map.of());

  /** Faculty of the collaborative and also a member of organisation A. */
  final Actor facultyMemberA =
      person(
          Set.of(Caller.FACULTY),
          Map.of(orgA, MemberRole.SUPERVISOR),
          Map.of(collaborative, false));

  final Actor machineA =
      Actor.of(
          new Caller(
              Caller.Kind.MACHINE_CLIENT, null, "svc", null, null, Set.of(), orgA, "a-data-system"),
          Map.of(),
          Map.of(),
          List.of(new Enrolment(teamA, collaborative, orgA)));

  private Actor person(
      Set<String> roles, Map<UUID, MemberRole> memberships, Map<UUID, Boolean> facultyOf) {
    Caller c =
        new Caller(
            Caller.Kind.PERSON,
            UUID.randomUUID(),
            "sub",
            "someone@example.org",
            "Someone",
            roles,
            null,
            null);
    List<Enrolment> teams =
        enrolments().stream().filter(e -> memberships.containsKey(e.organizationId())).toList();
    return Actor.of(c, memberships, facultyOf, teams);
  }

  private List<Enrolment> enrolments() {
    return List.of(
        new Enrolment(teamA, collaborative, orgA), new Enrolment(teamB, collaborative, orgB));
  }

  CallRef wholeCall(CollaborativeRef c) {
    return new CallRef(UUID.randomUUID(), c, false, true, null, false);
  }

  CallRef teamCall(CollaborativeRef c, UUID team) {
    return new CallRef(UUID.randomUUID(), c, false, false, team, false);
  }

  CallRef informationalCall(CollaborativeRef c) {
    return new CallRef(UUID.randomUUID(), c, true, true, null, false);
  }

  /** The status a decision answers: 200 when it allows, else the status of its refusal. */
  static int status(Runnable decision) {
    try {
      decision.run();
      return 200;
    } catch (ApiException e) {
      return e.status();
    }
  }

  static <T> int status(Supplier<T> decision) {
    return status((Runnable) decision::get);
  }
}
