package org.lcp.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.lcp.application.ApplicationParts.StatusChange;
import org.lcp.collaborative.Collaborative;
import org.lcp.common.audit.AuditLog;
import org.lcp.notification.Notify;
import org.lcp.organization.MembershipRepository;

/**
 * Moves an application to another status, inside the operation that decided it: the history row,
 * the audit record, and the notification to the applying organisation's members.
 */
@ApplicationScoped
public class StatusChanges {

  private final ApplicationRepository applications;
  private final MembershipRepository memberships;
  private final AuditLog audit;
  private final Event<Notify> notify;

  public StatusChanges(
      ApplicationRepository applications,
      MembershipRepository memberships,
      AuditLog audit,
      Event<Notify> notify) {
    this.applications = applications;
    this.memberships = memberships;
    this.audit = audit;
    this.notify = notify;
  }

  /** A new application starts its history as a draft. */
  void created(Application a) {
    history(a);
    audit.record(
        "application.created",
        ApplicationLifecycleService.subject(a),
        statusMap(null),
        statusMap(a.status),
        null);
  }

  /** Moves the application and tells its applicants. */
  void move(Application a, ApplicationStatus to, Collaborative c) {
    ApplicationStatus from = a.status;
    a.status = to;
    a.updatedAt = Instant.now();
    applications.flush();
    history(a);
    audit.record(
        "application.status-changed",
        ApplicationLifecycleService.subject(a),
        statusMap(from),
        statusMap(a.status),
        a.status == ApplicationStatus.DRAFT ? a.returnMessage : a.decisionMessage);
    notifyApplicants(a, c);
  }

  /**
   * A decision was undone (within the window) or reversed (with a reason): the application is under
   * review again, and its applicants are told why.
   */
  void reopen(Application a, Collaborative c, boolean undone, String reason) {
    ApplicationStatus from = a.status;
    a.status = ApplicationStatus.UNDER_REVIEW;
    a.updatedAt = Instant.now();
    applications.flush();
    history(a);
    Map<String, Object> before = statusMap(from);
    before.put("decidedAt", a.decidedAt == null ? null : a.decidedAt.toString());
    a.decidedAt = null;
    a.decisionMessage = null;
    audit.record(
        undone ? "application.decision-undone" : "application.decision-reversed",
        ApplicationLifecycleService.subject(a),
        before,
        statusMap(a.status),
        reason);
    String what =
        "The decision on your organisation's application to "
            + c.title
            + " ("
            + from.toString().toLowerCase()
            + ") was "
            + (undone ? "withdrawn shortly after it was made" : "reversed")
            + ". The application is under review again; you will be told the new decision.";
    notify.fire(
        new Notify(
            memberships.userIds(a.organizationId),
            "application.decision-" + (undone ? "undone" : "reversed"),
            "The decision on your application to "
                + c.title
                + " was "
                + (undone ? "withdrawn" : "reversed"),
            what + (reason == null ? "" : "\n\nReason given by the faculty:\n" + reason),
            "/applications/" + a.id));
  }

  private void history(Application a) {
    StatusChange s = new StatusChange();
    s.id = UUID.randomUUID();
    s.applicationId = a.id;
    s.status = a.status;
    s.at = Instant.now();
    applications.persist(s);
  }

  private static Map<String, Object> statusMap(ApplicationStatus status) {
    Map<String, Object> m = new HashMap<>();
    m.put("status", status == null ? null : status.toString());
    return m;
  }

  /** Every status change is told to the applying organisation's members. */
  private void notifyApplicants(Application a, Collaborative c) {
    String what =
        switch (a.status) {
          case SUBMITTED -> "was submitted";
          case UNDER_REVIEW -> "is under review";
          case DRAFT -> "was returned to you for changes";
          case ACCEPTED -> "was accepted";
          case WAITLISTED -> "was placed on the waiting list";
          case DECLINED -> "was declined";
          case WITHDRAWN -> "was withdrawn";
        };
    String message =
        switch (a.status) {
          case DRAFT -> a.returnMessage;
          case ACCEPTED, WAITLISTED, DECLINED -> a.decisionMessage;
          default -> null;
        };
    notify.fire(
        new Notify(
            memberships.userIds(a.organizationId),
            "application." + a.status.toString().toLowerCase(),
            "Your application to " + c.title + " " + what,
            "Your organisation's application to "
                + c.title
                + " "
                + what
                + "."
                + (message == null ? "" : "\n\nMessage from the faculty:\n" + message),
            "/applications/" + a.id));
  }
}
