package org.lcp.common.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the caller's relations come from. Each feature package that owns the table answers its part
 * (organisation memberships and machine clients: {@code organization}; faculty assignments: {@code
 * collaborative}; enrolled teams: {@code team}; community members: {@code community}), so that this
 * package decides without reading anyone's tables.
 */
public final class Directory {

  private Directory() {}

  /** Organisation memberships: answered by the organization package. */
  public interface Memberships {
    /** The organisations a person is a member of, with their role in each. */
    Map<UUID, MemberRole> of(UUID userId);
  }

  /** Faculty assignments: answered by the collaborative package. */
  public interface Faculty {
    /** The collaboratives a person is faculty of, and whether they lead each. */
    Map<UUID, Boolean> of(UUID userId);
  }

  /** Enrolled teams: answered by the team package. */
  public interface Enrolments {
    /** The teams (in any collaborative) of these organisations. */
    List<Enrolment> of(Collection<UUID> organizationIds);
  }

  /** Learning communities' members: answered by the community package. */
  public interface Communities {
    /**
     * The communities a person is in or waiting to be in (PENDING, INVITED, ACTIVE), with their
     * standing in each.
     */
    Map<UUID, CommunityStanding> of(UUID userId);

    /**
     * Whether the person is an ACTIVE member of the community (false for any other collaborative).
     */
    boolean isActiveMember(UUID collaborativeId, UUID userId);

    /**
     * The community's members who were ACTIVE at an instant (joined by then, not yet left): who is
     * expected at its call.
     */
    List<CommunityPerson> activeAt(UUID collaborativeId, Instant at);
  }

  /** A member of a learning community: their row, who they are, for which organisation if any. */
  public record CommunityPerson(UUID memberId, UUID userId, UUID organizationId, String name) {}

  /** Machine clients: answered by the organization package. */
  public interface MachineClients {
    /** The organisation an enabled, registered machine client acts for. */
    Optional<UUID> organizationOf(String clientId);
  }
}
