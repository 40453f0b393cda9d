package org.lcp.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.collaborative.Phase;
import org.lcp.collaborative.PhaseChanged;
import org.lcp.notification.Notify;
import org.lcp.organization.MembershipRepository;

/**
 * Tells prospective applicants of a collaborative's application window: when applications open (at
 * the move to APPLICATIONS_OPEN if the window has begun, else at the first run of the job inside
 * it) and {@code lcp.notices.window-closing-days} days before they close. Prospective applicants
 * are the people of the organisations that registered interest in one of its informational calls
 * and of those that have started an application; the closing notice skips organisations that have
 * already submitted. Each person is told once per collaborative and notice (a new deadline is a new
 * closing notice).
 */
@ApplicationScoped
public class ApplicationWindowNotices {

  static final String OPEN = "collaborative.window-open";
  static final String CLOSING = "collaborative.window-closing";
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private final CollaborativeRepository collaboratives;
  private final ApplicationRepository applications;
  private final InformationalCalls informational;
  private final MembershipRepository memberships;
  private final Event<Notify> notify;
  private final Duration closingNotice;

  public ApplicationWindowNotices(
      CollaborativeRepository collaboratives,
      ApplicationRepository applications,
      InformationalCalls informational,
      MembershipRepository memberships,
      Event<Notify> notify,
      @ConfigProperty(name = "lcp.notices.window-closing-days", defaultValue = "3")
          int closingDays) {
    this.collaboratives = collaboratives;
    this.applications = applications;
    this.informational = informational;
    this.memberships = memberships;
    this.notify = notify;
    this.closingNotice = Duration.ofDays(closingDays);
  }

  /** Every collaborative whose applications are open: the notices due at {@code now}. */
  @Transactional
  public int run(Instant now) {
    int requests = 0;
    for (Collaborative c : collaboratives.applicationsOpen()) {
      requests += tell(c, now);
    }
    return requests;
  }

  /** Applications just opened: told at once when the window has begun. */
  void onPhaseChanged(@Observes PhaseChanged change) {
    if (change.to() == Phase.APPLICATIONS_OPEN) {
      tell(collaboratives.require(change.collaborativeId()), Instant.now());
    }
  }

  private int tell(Collaborative c, Instant now) {
    if (c.phase != Phase.APPLICATIONS_OPEN
        || (c.applicationsOpenAt != null && now.isBefore(c.applicationsOpenAt))
        || (c.applicationsCloseAt != null && !now.isBefore(c.applicationsCloseAt))) {
      return 0;
    }
    List<Application> started = applications.list("collaborativeId", c.id);
    Set<UUID> registered = new LinkedHashSet<>(informational.registeredOrganizations(c.id));
    int requests = 0;
    Set<UUID> open = new LinkedHashSet<>(registered);
    started.stream()
        .filter(a -> a.status != ApplicationStatus.WITHDRAWN)
        .forEach(a -> open.add(a.organizationId));
    String deadline =
        c.applicationsCloseAt == null ? "" : " until " + WHEN.format(c.applicationsCloseAt);
    requests +=
        fire(
            open,
            OPEN,
            "Applications to " + c.title + " are open",
            "Applications to "
                + c.title
                + " are open"
                + deadline
                + ". Your organisation registered interest in it or has started an application.",
            "/collaboratives/" + c.id,
            OPEN + ":" + c.id);
    if (c.applicationsCloseAt != null && !now.plus(closingNotice).isBefore(c.applicationsCloseAt)) {
      Set<UUID> closing = new LinkedHashSet<>(registered);
      started.stream()
          .filter(a -> a.status == ApplicationStatus.DRAFT)
          .forEach(a -> closing.add(a.organizationId));
      started.stream()
          .filter(a -> a.status != ApplicationStatus.DRAFT)
          .forEach(a -> closing.remove(a.organizationId));
      requests +=
          fire(
              closing,
              CLOSING,
              "Applications to " + c.title + " close soon",
              "Applications to "
                  + c.title
                  + " close on "
                  + WHEN.format(c.applicationsCloseAt)
                  + ". Your organisation has not submitted an application yet; a draft must be"
                  + " complete and submitted before then.",
              "/collaboratives/" + c.id,
              CLOSING + ":" + c.id + ":" + c.applicationsCloseAt.getEpochSecond());
    }
    return requests;
  }

  private int fire(
      Set<UUID> organizations, String kind, String title, String body, String link, String key) {
    if (organizations.isEmpty()) {
      return 0;
    }
    Set<UUID> people = new LinkedHashSet<>();
    memberships.readers(organizations).forEach(r -> people.add(r.userId()));
    if (people.isEmpty()) {
      return 0;
    }
    notify.fire(new Notify(List.copyOf(people), kind, title, body, link, key, List.of()));
    return 1;
  }
}
