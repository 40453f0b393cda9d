package org.lcp.collaborative;

import java.util.ArrayList;
import java.util.List;

/**
 * The phase paths of the two kinds of collaborative, and which moves are allowed. Phases only move
 * forward one step; moving back (reopening) is for admins, with a reason.
 */
public final class Phases {

  private static final List<Phase> COLLABORATIVE_PATH =
      List.of(
          Phase.DRAFT,
          Phase.ANNOUNCED,
          Phase.APPLICATIONS_OPEN,
          Phase.REVIEW,
          Phase.PRE_WORK,
          Phase.ACTIVE,
          Phase.SUSTAINING,
          Phase.CLOSED);

  private static final List<Phase> COMMUNITY_PATH =
      List.of(Phase.DRAFT, Phase.ANNOUNCED, Phase.ACTIVE, Phase.SUSTAINING, Phase.CLOSED);

  private Phases() {}

  public static List<Phase> path(CollaborativeKind kind) {
    return kind == CollaborativeKind.LEARNING_COMMUNITY ? COMMUNITY_PATH : COLLABORATIVE_PATH;
  }

  /** The next phase forward, or null at the end. */
  public static Phase next(CollaborativeKind kind, Phase from) {
    List<Phase> path = path(kind);
    int i = path.indexOf(from);
    return i < 0 || i == path.size() - 1 ? null : path.get(i + 1);
  }

  /** Earlier phases on the path, the ones an admin may reopen it to. */
  public static List<Phase> earlier(CollaborativeKind kind, Phase from) {
    List<Phase> path = path(kind);
    int i = path.indexOf(from);
    return i <= 0 ? List.of() : path.subList(0, i);
  }

  public static boolean isReopen(CollaborativeKind kind, Phase from, Phase to) {
    List<Phase> path = path(kind);
    return path.indexOf(to) >= 0 && path.indexOf(to) < path.indexOf(from);
  }

  /**
   * Every phase this caller may move to now: the next one (leads and admins), earlier ones
   * (admins).
   */
  public static List<Phase> allowed(
      CollaborativeKind kind, Phase from, boolean mayMoveForward, boolean isAdmin) {
    List<Phase> allowed = new ArrayList<>();
    Phase next = next(kind, from);
    if (mayMoveForward && next != null) {
      allowed.add(next);
    }
    if (isAdmin) {
      allowed.addAll(earlier(kind, from));
    }
    return allowed;
  }
}
