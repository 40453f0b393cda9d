package org.lcp.announcement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.lcp.common.security.AppUserRepository;
import org.lcp.common.tx.AfterCommit;
import org.lcp.notification.Notify;

/**
 * Tells everybody of a network-wide announcement, in batches: each batch is a transaction of its
 * own that claims the announcement ({@code for update skip locked}), tells the next {@link #BATCH}
 * people who have signed in (by id, after the cursor) through one {@link Notify} (one insert of
 * their notifications, their e-mails per preference), and moves the cursor; the last batch marks it
 * told. A notification's dedup key per announcement makes a batch told again after a crash tell
 * nobody twice. It starts once the publishing transaction commits (on a worker thread, never
 * holding up the request) and a job once per cluster picks up any announcement left unfinished.
 */
@ApplicationScoped
public class AnnouncementFanout {

  private static final Logger LOG = Logger.getLogger(AnnouncementFanout.class);
  static final int BATCH = 500;

  private final AnnouncementRepository announcements;
  private final AppUserRepository users;
  private final Event<Notify> notify;
  private final AfterCommit afterCommit;
  private final Vertx vertx;

  public AnnouncementFanout(
      AnnouncementRepository announcements,
      AppUserRepository users,
      Event<Notify> notify,
      AfterCommit afterCommit,
      Vertx vertx) {
    this.announcements = announcements;
    this.users = users;
    this.notify = notify;
    this.afterCommit = afterCommit;
    this.vertx = vertx;
  }

  /** Once the current transaction commits, tells everybody of this announcement. */
  void startAfterCommit(UUID id) {
    afterCommit.run(
        () ->
            vertx
                .executeBlocking(() -> tell(id), false)
                .onFailure(e -> LOG.warnf(e, "announcement %s: telling deferred to the job", id)));
  }

  /** Announcements whose telling was cut short (a crash, a restart), finished once per cluster. */
  @Scheduled(
      identity = "announcement.fanout",
      every = "{lcp.announcement.fanout-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void job() {
    runDue();
  }

  /** Finishes every network-wide announcement not yet told to everybody; how many batches ran. */
  public int runDue() {
    int batches = 0;
    for (UUID id : QuarkusTransaction.requiringNew().call(announcements::awaitingFanout)) {
      batches += tell(id);
    }
    return batches;
  }

  /** Tells the rest of the people of one announcement, batch by batch; how many batches ran. */
  int tell(UUID id) {
    int batches = 0;
    while (true) {
      Boolean more = QuarkusTransaction.requiringNew().call(() -> batch(id));
      if (more == null) {
        return batches; // told already, deleted, or another worker holds it
      }
      batches++;
      if (!more) {
        return batches;
      }
    }
  }

  /** One batch; true when more people may wait, false when done, null when nothing was claimed. */
  private Boolean batch(UUID id) {
    Announcement a = announcements.claimForFanout(id);
    if (a == null) {
      return null;
    }
    List<UUID> people = users.signedInAfter(a.fanoutCursor, BATCH);
    List<UUID> told = people.stream().filter(u -> !u.equals(a.authorUserId)).toList();
    if (!told.isEmpty()) {
      notify.fire(
          new Notify(
              told,
              AnnouncementService.KIND,
              AnnouncementService.title(a.title),
              AnnouncementService.notice(a),
              AnnouncementService.link(a),
              AnnouncementService.dedupKey(a.id),
              List.of()));
    }
    if (people.size() < BATCH) {
      announcements.toldEverybody(a.id, Instant.now());
      return false;
    }
    announcements.progress(a.id, people.get(people.size() - 1));
    return true;
  }
}
