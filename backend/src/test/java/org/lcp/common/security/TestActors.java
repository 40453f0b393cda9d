package org.lcp.common.security;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Cheap actors for policy tests: no database, relations given. */
final class TestActors {

  private TestActors() {}

  static Caller person(String... roles) {
    return new Caller(
        Caller.Kind.PERSON,
        UUID.randomUUID(),
        "sub-" + UUID.randomUUID(),
        null,
        "Pat",
        Set.of(roles),
        null,
        null);
  }

  static Actor admin() {
    return Actor.of(person(Caller.ADMIN), Map.of(), Map.of(), List.of());
  }

  static Actor faculty(Map<UUID, Boolean> assignments) {
    return Actor.of(person(Caller.FACULTY), Map.of(), assignments, List.of());
  }

  static Actor member(Map<UUID, MemberRole> memberships, List<Enrolment> enrolments) {
    return Actor.of(person(), memberships, Map.of(), enrolments);
  }

  static Actor machine(UUID organizationId, List<Enrolment> enrolments) {
    return Actor.of(
        new Caller(
            Caller.Kind.MACHINE_CLIENT,
            null,
            "sa-ehr",
            null,
            "ehr",
            Set.of(),
            organizationId,
            "ehr"),
        Map.of(),
        Map.of(),
        enrolments);
  }
}
