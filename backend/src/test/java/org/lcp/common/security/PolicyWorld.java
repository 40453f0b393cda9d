package org.lcp.common.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Refs.ApplicationRef;
import org.lcp.common.security.Refs.CollaborativeRef;

/**
 * Actors and references for policy tests without a database: an open collaborative, a draft and a
 * CLOSED one (lead and faculty assigned to the open and the closed one), the applying organisation
 * and another, and every kind of caller.
 */
final class PolicyWorld {

  final CollaborativeRef open = new CollaborativeRef(UUID.randomUUID(), false, false);
  final CollaborativeRef draft = new CollaborativeRef(UUID.randomUUID(), true, false);
  final CollaborativeRef closed = new CollaborativeRef(UUID.randomUUID(), false, true);
  final CollaborativeRef elsewhere = new CollaborativeRef(UUID.randomUUID(), false, false);
  final UUID org = UUID.randomUUID();
  final UUID otherOrg = UUID.randomUUID();

  final Actor admin = person(Set.of(Caller.ADMIN), Map.of(), Map.of());
  final Actor lead =
      person(
          Set.of(Caller.FACULTY),
          Map.of(),
          Map.of(open.id(), true, closed.id(), true, draft.id(), true));
  final Actor faculty =
      person(Set.of(Caller.FACULTY), Map.of(), Map.of(open.id(), false, closed.id(), false));
  final Actor otherFaculty = person(Set.of(Caller.FACULTY), Map.of(), Map.of(elsewhere.id(), true));
  final Actor member = person(Set.of(), Map.of(org, MemberRole.CLINICIAN), Map.of());
  final Actor otherMember = person(Set.of(), Map.of(otherOrg, MemberRole.SENIOR_LEADER), Map.of());

  /** A member of the applying organisation who is also faculty of the open collaborative. */
  final Actor memberAndFaculty =
      person(Set.of(Caller.FACULTY), Map.of(org, MemberRole.SUPERVISOR), Map.of(open.id(), false));

  final Actor machine =
      Actor.of(
          new Caller(
              Caller.Kind.MACHINE_CLIENT,
              null,
              "svc",
              null,
              "site-system",
              Set.of(),
              org,
              "site-system"),
          Map.of(),
          Map.of(),
          List.of());
  final Actor system = Actor.system();

  /**
   * The applying organisation's first draft, its submitted application, and one in the CLOSED
   * collaborative.
   */
  final ApplicationRef draftApplication = new ApplicationRef(UUID.randomUUID(), org, open, false);

  final ApplicationRef submitted = new ApplicationRef(UUID.randomUUID(), org, open, true);
  final ApplicationRef closedApplication = new ApplicationRef(UUID.randomUUID(), org, closed, true);

  private static Actor person(
      Set<String> roles, Map<UUID, MemberRole> memberships, Map<UUID, Boolean> faculty) {
    UUID id = UUID.randomUUID();
    return Actor.of(
        new Caller(
            Caller.Kind.PERSON, id, "sub-" + id, id + "@example.org", null, roles, null, null),
        memberships,
        faculty,
        List.of());
  }

  /** 0 when the decision lets the actor through, else the status it answers with. */
  static int status(Runnable decision) {
    try {
      decision.run();
      return 0;
    } catch (ApiException e) {
      return e.status();
    }
  }
}
