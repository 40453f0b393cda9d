package org.lcp.common.security;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lcp.common.error.ApiException;

/**
 * Who acts in one operation, with their relations to organisations and collaboratives. The
 * relations are read once (on first use) and kept for the operation; the policies of this package
 * decide from them alone. Services receive the actor as their first parameter: the resource passes
 * the caller of the request, a calendar feed the person whose link it is, and demo data or jobs the
 * {@linkplain #system() system}.
 */
public final class Actor {

  /** A person's standing in one collaborative. */
  public enum Standing {
    NONE,
    FACULTY,
    LEAD
  }

  /** Reads relations for an actor; the {@link Actors} bean wires it to the directories. */
  interface Relations {
    Map<UUID, MemberRole> memberships(UUID userId);

    Map<UUID, Boolean> faculty(UUID userId);

    List<Enrolment> enrolments(Set<UUID> organizationIds);

    Map<UUID, CommunityStanding> communities(UUID userId);
  }

  private static final Relations NONE =
      new Relations() {
        @Override
        public Map<UUID, MemberRole> memberships(UUID userId) {
          return Map.of();
        }

        @Override
        public Map<UUID, Boolean> faculty(UUID userId) {
          return Map.of();
        }

        @Override
        public List<Enrolment> enrolments(Set<UUID> organizationIds) {
          return List.of();
        }

        @Override
        public Map<UUID, CommunityStanding> communities(UUID userId) {
          return Map.of();
        }
      };

  private static final Caller SYSTEM =
      new Caller(
          Caller.Kind.PERSON, null, "system", null, "system", Set.of(Caller.ADMIN), null, null);

  private final Caller caller;
  private final Relations relations;
  private Map<UUID, MemberRole> memberships;
  private Map<UUID, Boolean> faculty;
  private List<Enrolment> enrolments;
  private Map<UUID, CommunityStanding> communities;

  Actor(Caller caller, Relations relations) {
    this.caller = caller;
    this.relations = relations;
  }

  /** The platform itself (demo data, scheduled jobs): may do what an admin may. */
  public static Actor system() {
    return new Actor(SYSTEM, NONE);
  }

  /** An actor with the relations given, for rules tested without a database. */
  public static Actor of(
      Caller caller,
      Map<UUID, MemberRole> memberships,
      Map<UUID, Boolean> faculty,
      List<Enrolment> enrolments) {
    Actor a = new Actor(caller, NONE);
    a.memberships = Map.copyOf(memberships);
    a.faculty = Map.copyOf(faculty);
    a.enrolments = List.copyOf(enrolments);
    return a;
  }

  /** {@link #of(Caller, Map, Map, List)} with the person's standing in learning communities. */
  public static Actor of(
      Caller caller,
      Map<UUID, MemberRole> memberships,
      Map<UUID, Boolean> faculty,
      List<Enrolment> enrolments,
      Map<UUID, CommunityStanding> communities) {
    Actor a = of(caller, memberships, faculty, enrolments);
    a.communities = Map.copyOf(communities);
    return a;
  }

  // ---- identity ---------------------------------------------------------------------------------

  public Caller caller() {
    return caller;
  }

  public boolean isPerson() {
    return caller.isPerson();
  }

  public boolean isMachine() {
    return !caller.isPerson();
  }

  public boolean isAdmin() {
    return caller.isAdmin();
  }

  /** Whether this is the platform itself ({@link #system()}), not a person or a machine client. */
  public boolean isSystem() {
    return caller == SYSTEM;
  }

  public boolean hasFacultyRole() {
    return caller.isFacultyRole();
  }

  /** The person's platform id; null for a machine client and for the system. */
  public UUID userId() {
    return caller.userId();
  }

  public String displayName() {
    return caller.displayName();
  }

  /** People only: machine clients upload metrics and read /api/me, nothing else. */
  public Actor requirePerson() {
    if (!isPerson()) {
      throw ApiException.forbidden("a machine client may not call this operation");
    }
    return this;
  }

  public Actor requireAdmin() {
    requirePerson();
    if (!isAdmin()) {
      throw ApiException.forbidden("only platform admins may do this");
    }
    return this;
  }

  // ---- relations --------------------------------------------------------------------------------

  /** The organisations this person is a member of, with their role; none for a machine client. */
  public Map<UUID, MemberRole> memberships() {
    if (memberships == null) {
      memberships =
          isPerson() && userId() != null ? Map.copyOf(relations.memberships(userId())) : Map.of();
    }
    return memberships;
  }

  public Optional<MemberRole> roleIn(UUID organizationId) {
    return Optional.ofNullable(memberships().get(organizationId));
  }

  public boolean memberOf(UUID organizationId) {
    return memberships().containsKey(organizationId);
  }

  /**
   * The organisations whose data this actor handles as their own: a person's organisations, or the
   * one a registered machine client acts for.
   */
  public Set<UUID> organizations() {
    if (isMachine()) {
      return caller.machineOrganizationId() == null
          ? Set.of()
          : Set.of(caller.machineOrganizationId());
    }
    return memberships().keySet();
  }

  /** Whether this is a machine client registered (and enabled) for an organisation. */
  public boolean isRegisteredMachine() {
    return isMachine() && caller.machineOrganizationId() != null;
  }

  /** The collaboratives this person is faculty of, and whether they lead each. */
  public Map<UUID, Boolean> facultyAssignments() {
    if (faculty == null) {
      faculty = isPerson() && userId() != null ? Map.copyOf(relations.faculty(userId())) : Map.of();
    }
    return faculty;
  }

  public Set<UUID> facultyOf() {
    return facultyAssignments().keySet();
  }

  public Standing standingIn(UUID collaborativeId) {
    Boolean lead = facultyAssignments().get(collaborativeId);
    return lead == null ? Standing.NONE : lead ? Standing.LEAD : Standing.FACULTY;
  }

  /**
   * The teams of this actor's {@linkplain #organizations() organisations}, in every collaborative.
   */
  public List<Enrolment> enrolments() {
    if (enrolments == null) {
      Set<UUID> orgs = organizations();
      enrolments =
          orgs.isEmpty() ? List.of() : List.copyOf(relations.enrolments(new HashSet<>(orgs)));
    }
    return enrolments;
  }

  /**
   * The person's standing in a learning community (PENDING, INVITED or ACTIVE member, facilitator);
   * empty when they are none of these (and for a machine client).
   */
  public Optional<CommunityStanding> communityStanding(UUID collaborativeId) {
    return Optional.ofNullable(standings().get(collaborativeId));
  }

  /** The person's standing in every learning community they have an open row in. */
  public Map<UUID, CommunityStanding> communityStandings() {
    return standings();
  }

  private Map<UUID, CommunityStanding> standings() {
    if (communities == null) {
      communities =
          isPerson() && userId() != null ? Map.copyOf(relations.communities(userId())) : Map.of();
    }
    return communities;
  }

  /** The learning communities this person is an ACTIVE member of. */
  public Set<UUID> activeCommunities() {
    Set<UUID> active = new HashSet<>();
    standings()
        .forEach(
            (id, s) -> {
              if (s.active()) {
                active.add(id);
              }
            });
    return active;
  }

  /** This actor's teams in one collaborative: organisation to team. */
  public Map<UUID, UUID> teamsIn(UUID collaborativeId) {
    Map<UUID, UUID> teams = new HashMap<>();
    for (Enrolment e : enrolments()) {
      if (e.collaborativeId().equals(collaborativeId)) {
        teams.put(e.organizationId(), e.teamId());
      }
    }
    return teams;
  }
}
