package org.lcp.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.lcp.notification.Notify;

/**
 * Every notification request whose change committed, as fired (with its attachments, which the
 * in-app rows do not keep), for tests to check what a feature asked to send.
 */
@ApplicationScoped
public class RecordedNotices {

  private static final List<Notify> SEEN = new CopyOnWriteArrayList<>();

  void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notify n) {
    SEEN.add(n);
  }

  /** The requests of this kind whose link is this one, in the order they were made. */
  public static List<Notify> of(String kind, String link) {
    return SEEN.stream().filter(n -> n.kind().equals(kind) && link.equals(n.link())).toList();
  }

  /** The requests of this kind that reach this person. */
  public static List<Notify> to(String kind, UUID user) {
    return SEEN.stream()
        .filter(n -> n.kind().equals(kind) && n.recipients().contains(user))
        .toList();
  }

  /** The platform user id of a person who signed in once. */
  public static UUID userId(Person p) {
    return UUID.fromString(Db.text("select id from app_user where email = '" + p.email() + "'"));
  }

  /** The in-app notifications of this kind a person has. */
  public static long rows(Person p, String kind) {
    return Db.count(
        "select count(*) from notification where user_id = '"
            + userId(p)
            + "' and kind = '"
            + kind
            + "'");
  }
}
