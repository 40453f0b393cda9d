package org.lcp.common.security;

import java.util.UUID;

/**
 * What the policies need to know of the things they decide about: ids and the few facts a rule
 * looks at, taken from the entities that the feature packages load (so this package names none of
 * their classes or tables).
 */
public final class Refs {

  private Refs() {}

  /** A collaborative: drafts are hidden from most people, a closed one is read-only. */
  public record CollaborativeRef(UUID id, boolean draft, boolean closed) {}

  /** An application of an organisation to a collaborative; faculty see it once it was submitted. */
  public record ApplicationRef(
      UUID id, UUID organizationId, CollaborativeRef collaborative, boolean everSubmitted) {}

  /** An organisation's team in a collaborative. */
  public record TeamRef(UUID id, UUID organizationId, CollaborativeRef collaborative) {}

  /**
   * A call or a call series: informational calls are for every registered organisation,
   * consultation calls for the whole collaborative or one team.
   */
  public record CallRef(
      UUID id,
      CollaborativeRef collaborative,
      boolean informational,
      boolean wholeCollaborative,
      UUID teamId,
      boolean webinar) {}

  /**
   * A person's membership (or request, or invitation) in a learning community: whose it is, whether
   * it is ACTIVE, whether it is still current (PENDING, INVITED, ACTIVE) and whether its person
   * opted in to the directory.
   */
  public record CommunityMemberRef(
      UUID id,
      UUID userId,
      CollaborativeRef community,
      boolean active,
      boolean current,
      boolean visible) {}

  /** Who may see a library item. */
  public enum LibraryAudience {
    NETWORK,
    MEMBERS,
    TEAM
  }

  /**
   * A library item: its collaborative (null for the network's own library) and whether that is a
   * learning community (whose members are its ACTIVE members, not enrolled teams), who may see it,
   * its organisation (for TEAM) and its author.
   */
  public record LibraryItemRef(
      UUID id,
      CollaborativeRef collaborative,
      boolean community,
      LibraryAudience audience,
      UUID organizationId,
      UUID createdBy) {}
}
