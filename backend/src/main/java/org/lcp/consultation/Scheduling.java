package org.lcp.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.collaborative.FacultyRepository;
import org.lcp.collaborative.Phase;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Actor;
import org.lcp.common.security.CallPolicy;
import org.lcp.common.security.Directory;
import org.lcp.team.TeamRepository;

/**
 * What scheduling one call and a series share: who may schedule (the policy) and when (the phase),
 * checking the details against the collaborative, placing a call in time, cancelling it.
 */
@ApplicationScoped
public class Scheduling {

  private final CollaborativeRepository collaboratives;
  private final FacultyRepository faculty;
  private final TeamRepository teams;
  private final CallPolicy policy;
  private final Directory.Communities communities;

  public Scheduling(
      CollaborativeRepository collaboratives,
      FacultyRepository faculty,
      TeamRepository teams,
      CallPolicy policy,
      Directory.Communities communities) {
    this.collaboratives = collaboratives;
    this.faculty = faculty;
    this.teams = teams;
    this.policy = policy;
    this.communities = communities;
  }

  /**
   * The details given for a call or a series of one collaborative, checked: what is wrong is in
   * {@code violations}; the zone is null when the time zone is unknown.
   */
  record Given(
      UUID collaborativeId,
      CallKind kind,
      CallDetails details,
      ZoneId zone,
      List<Violation> violations) {

    /** 400 naming every violation found, if there is any. */
    void requireValid() {
      if (!violations.isEmpty()) {
        throw ApiException.invalid(violations);
      }
    }

    /** A new scheduled call with these details (of the series, if any). */
    Call call(LocalDateTime local, UUID seriesId, Instant now) {
      Call call = new Call();
      call.id = UUID.randomUUID();
      call.collaborativeId = collaborativeId;
      call.seriesId = seriesId;
      call.kind = kind;
      call.state = CallState.SCHEDULED;
      call.created(now);
      place(call, details, local);
      return call;
    }
  }

  /**
   * Scheduling something new: the collaborative's faculty (and admins) schedule while it is not
   * CLOSED, informational calls only before applications open; then the details given, checked.
   */
  Given schedule(Actor actor, UUID collaborativeId, org.lcp.api.model.CallKind kind, Object input) {
    Collaborative c = collaboratives.require(collaborativeId);
    policy.requireOrganize(actor, c.ref());
    CallKind k = CallViews.kind(kind);
    if (k == CallKind.INFORMATIONAL && c.phase != Phase.DRAFT && c.phase != Phase.ANNOUNCED) {
      throw ApiException.conflict(
          "informational calls are scheduled before applications open (DRAFT or "
              + "ANNOUNCED); the collaborative is "
              + c.phase);
    }
    return check(c.id, k, input);
  }

  /**
   * The details of a call or series input (see {@link CallViews#details}), checked against the
   * collaborative.
   */
  Given check(UUID collaborativeId, CallKind kind, Object input) {
    CallDetails d = CallViews.details(input);
    List<Violation> v = new ArrayList<>();
    ZoneId zone = null;
    try {
      zone = ZoneId.of(d.timeZone);
      d.timeZone = zone.getId();
    } catch (DateTimeException e) {
      v.add(Violation.body("timeZone", "must be an IANA time zone such as America/New_York"));
    }
    // a learning community's calls are led in turn by its members (rotating leadership): any
    // ACTIVE member may facilitate one, faculty or not
    if (!faculty.isFaculty(collaborativeId, d.facilitatorUserId)
        && !communities.isActiveMember(collaborativeId, d.facilitatorUserId)) {
      v.add(
          Violation.body(
              "facilitatorUserId",
              "is neither a faculty member of this collaborative nor, in a learning community, one"
                  + " of its members"));
    }
    if (kind.open() && d.audience != CallAudience.COLLABORATIVE) {
      v.add(
          Violation.body(
              "audience",
              "an informational call or a webinar is for the whole collaborative (COLLABORATIVE)"));
    } else if (d.audience == CallAudience.TEAM) {
      if (d.teamId == null) {
        v.add(Violation.body("teamId", "is required for audience TEAM"));
      } else if (teams
          .findByIdOptional(d.teamId)
          .filter(t -> t.collaborativeId.equals(collaborativeId))
          .isEmpty()) {
        v.add(Violation.body("teamId", "is not a team enrolled in this collaborative"));
      }
    } else if (d.teamId != null) {
      v.add(Violation.body("teamId", "must be absent for audience COLLABORATIVE"));
    }
    if (d.mode == CallMode.VIDEO && d.joinUrl == null) {
      v.add(Violation.body("joinUrl", "is required for a VIDEO call"));
    }
    if (d.mode == CallMode.PHONE && d.phoneNumber == null) {
      v.add(Violation.body("phoneNumber", "is required for a PHONE call"));
    }
    return new Given(collaborativeId, kind, d, zone, v);
  }

  /** A capacity is a webinar's alone. */
  static void capacity(Given given, Integer capacity) {
    if (capacity != null && given.kind() != CallKind.WEBINAR) {
      given.violations().add(Violation.body("capacity", "only a WEBINAR has a capacity"));
    }
  }

  static LocalDateTime localStart(String start, List<Violation> v) {
    try {
      return LocalDateTime.parse(start);
    } catch (DateTimeParseException e) {
      v.add(Violation.body("start", "is not a valid date and time (YYYY-MM-DDTHH:MM)"));
      return null;
    }
  }

  /**
   * Gives the call these details and its start; answers whether its time changed (then the calendar
   * sequence must rise).
   */
  static boolean place(Call call, CallDetails d, LocalDateTime local) {
    Instant startsAt = Recurrence.resolve(local, ZoneId.of(d.timeZone)).toInstant();
    Instant endsAt = startsAt.plus(Duration.ofMinutes(d.durationMinutes));
    boolean changed =
        call.details == null
            || !startsAt.equals(call.startsAt)
            || !endsAt.equals(call.endsAt)
            || !d.timeZone.equals(call.details.timeZone)
            || !local.equals(call.localStart);
    call.details = d.copy();
    call.localStart = local;
    call.startsAt = startsAt;
    call.endsAt = endsAt;
    return changed;
  }

  /** How to join, as a notice compares it: mode, link, phone number and code. */
  static String howToJoin(CallDetails d) {
    return d.mode + "|" + d.joinUrl + "|" + d.phoneNumber + "|" + d.accessCode;
  }

  static void requireScheduled(Call call, String what) {
    if (call.state != CallState.SCHEDULED) {
      throw ApiException.conflict(
          "the call of "
              + call.localStart.toLocalDate()
              + " is "
              + call.state
              + "; only a SCHEDULED call can be "
              + what);
    }
  }

  static void cancel(Call call, String reason, Instant now) {
    call.state = CallState.CANCELLED;
    call.cancellationReason = reason;
    call.sequence++;
    call.updatedAt = now;
  }

  static Subject subject(Call c) {
    return new Subject("call", c.id, null, c.collaborativeId);
  }
}
