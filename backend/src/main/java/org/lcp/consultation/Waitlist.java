package org.lcp.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lcp.common.error.ApiException;
import org.lcp.notification.Notify;

/**
 * A webinar's seats: its capacity counts the attendees of CONFIRMED registrations; a registration
 * that does not fit, or that comes while others wait, is WAITLISTED; when seats free up (a
 * withdrawal, fewer attendees, a larger capacity) waitlisted registrations are confirmed first come
 * first, as long as the first one fits, and whoever registered each is told. The caller holds the
 * call's row lock ({@link CallRepository#requireLocked}), so two registrations or withdrawals at
 * once cannot fill one seat twice.
 */
@ApplicationScoped
class Waitlist {

  private final RegistrationRepository registrations;
  private final Event<Notify> notify;

  Waitlist(RegistrationRepository registrations, Event<Notify> notify) {
    this.registrations = registrations;
    this.notify = notify;
  }

  /** The status of a new registration of {@code attendees} people. */
  CallRegistration.Status place(Call call, int attendees) {
    if (!call.isWebinar() || call.capacity == null) {
      return CallRegistration.Status.CONFIRMED;
    }
    if (!registrations.waitlist(call.id).isEmpty()
        || registrations.confirmedSeats(call.id, null) + attendees > call.capacity) {
      return CallRegistration.Status.WAITLISTED;
    }
    return CallRegistration.Status.CONFIRMED;
  }

  /** A confirmed registration growing to {@code attendees} people must still fit (409). */
  void requireFits(Call call, CallRegistration r, int attendees) {
    if (!call.isWebinar()
        || call.capacity == null
        || r.status != CallRegistration.Status.CONFIRMED) {
      return;
    }
    long others = registrations.confirmedSeats(call.id, r.id);
    if (others + attendees > call.capacity) {
      throw ApiException.conflict(
          "the webinar has "
              + Math.max(0, call.capacity - others)
              + " seat(s) for this registration, not "
              + attendees
              + "; name fewer attendees");
    }
  }

  /** A new capacity (null: no limit): never below the seats already confirmed (409). */
  void changeCapacity(Call call, Integer capacity) {
    long taken = registrations.confirmedSeats(call.id, null);
    if (capacity != null && capacity < taken) {
      throw ApiException.conflict(
          taken + " seats are confirmed: the capacity cannot be " + capacity);
    }
    call.capacity = capacity;
  }

  /** Confirms waitlisted registrations that fit now, first come first; they are told. */
  List<CallRegistration> promote(Call call, String collaborativeTitle) {
    List<CallRegistration> promoted = new ArrayList<>();
    if (!call.isWebinar()) {
      return promoted;
    }
    long taken = registrations.confirmedSeats(call.id, null);
    Instant now = Instant.now();
    for (CallRegistration r : registrations.waitlist(call.id)) {
      long seats = registrations.attendeeCount(r.id);
      if (call.capacity != null && taken + seats > call.capacity) {
        break; // the first in line does not fit yet: nobody overtakes them
      }
      r.status = CallRegistration.Status.CONFIRMED;
      r.promotedAt = now;
      r.updatedAt = now;
      taken += seats;
      promoted.add(r);
      if (r.registeredBy != null) {
        notify.fire(
            new Notify(
                List.of(r.registeredBy),
                "schedule.webinar-seat",
                "You have a seat: " + call.details.topic,
                "Seats freed up for the webinar \u201c"
                    + call.details.topic
                    + "\u201d of "
                    + collaborativeTitle
                    + " on "
                    + call.localStart.toLocalDate()
                    + (r.organizationId == null
                        ? ": your registration is confirmed now."
                        : ": your organisation's registration is confirmed now."),
                "/calls/" + call.id));
      }
    }
    registrations.flush();
    return promoted;
  }
}
