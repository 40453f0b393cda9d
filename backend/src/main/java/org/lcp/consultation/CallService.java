package org.lcp.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.CallInput;
import org.lcp.api.model.CallPage;
import org.lcp.api.model.CallUpdate;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Actor;
import org.lcp.common.security.CallPolicy;
import org.lcp.common.security.Refs.CallRef;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Paging;
import org.lcp.common.web.Times;
import org.lcp.common.web.Versioned;
import org.lcp.consultation.CallNames.Names;

/**
 * One call: the calls of a collaborative, scheduling one on its own, moving or changing it,
 * cancelling it.
 */
@ApplicationScoped
public class CallService {

  private final CallRepository calls;
  private final CollaborativeRepository collaboratives;
  private final Scheduling scheduling;
  private final CallNames names;
  private final CallPolicy policy;
  private final AuditLog audit;
  private final Event<CallsRescheduled> rescheduled;
  private final Waitlist seats;
  private final RegistrationRepository registrations;

  public CallService(
      CallRepository calls,
      CollaborativeRepository collaboratives,
      Scheduling scheduling,
      CallNames names,
      CallPolicy policy,
      AuditLog audit,
      Event<CallsRescheduled> rescheduled,
      Waitlist seats,
      RegistrationRepository registrations) {
    this.seats = seats;
    this.registrations = registrations;
    this.calls = calls;
    this.collaboratives = collaboratives;
    this.scheduling = scheduling;
    this.names = names;
    this.policy = policy;
    this.audit = audit;
    this.rescheduled = rescheduled;
  }

  /** The calls of a collaborative the actor may see, by start. */
  @Transactional
  public CallPage list(
      Actor actor,
      UUID collaborativeId,
      CallRepository.Criteria criteria,
      Integer page,
      Integer size) {
    Collaborative c = collaboratives.require(collaborativeId);
    CallPolicy.Viewer viewer = policy.viewer(actor, c.ref());
    if (criteria.from() != null
        && criteria.to() != null
        && criteria.to().isBefore(criteria.from())) {
      throw ApiException.invalid(
          List.of(Violation.query("to", "must be on or after from (" + criteria.from() + ")")));
    }
    return page(Paging.of(calls.search(c.id, viewer, criteria), page, size));
  }

  /** A page of calls as the API shows them. */
  CallPage page(Paging<Call> result) {
    Names n = names.of(result.items());
    Map<UUID, RegistrationRepository.Seats> s = seats(result.items());
    return new CallPage()
        .page(result.page())
        .size(result.size())
        .total(result.total())
        .items(
            result.items().stream()
                .map(
                    x ->
                        CallViews.toApi(
                            x, n, s.getOrDefault(x.id, RegistrationRepository.Seats.NONE)))
                .toList());
  }

  /** The seats of the calls with a capacity (one grouped query; none without such a call). */
  private Map<UUID, RegistrationRepository.Seats> seats(List<Call> shown) {
    List<UUID> limited = shown.stream().filter(c -> c.capacity != null).map(c -> c.id).toList();
    return limited.isEmpty() ? Map.of() : registrations.seats(limited);
  }

  @Transactional
  public Versioned<org.lcp.api.model.Call> get(Actor actor, UUID id) {
    Call call = calls.require(id);
    policy.requireVisible(actor, ref(call), "call");
    return view(call);
  }

  @Transactional
  public Versioned<org.lcp.api.model.Call> create(Actor actor, UUID collaborativeId, CallInput in) {
    Scheduling.Given given = scheduling.schedule(actor, collaborativeId, in.getKind(), in);
    LocalDateTime local = Scheduling.localStart(in.getStart(), given.violations());
    Scheduling.capacity(given, in.getCapacity());
    given.requireValid();
    Call call = given.call(local, null, Instant.now());
    call.capacity = in.getCapacity();
    calls.persist(call);
    audit.record("call.scheduled", Scheduling.subject(call), null, call.snapshot(), null);
    calls.flush();
    rescheduled.fire(
        new CallsRescheduled(
            CallsRescheduled.Kind.SCHEDULED,
            call.collaborativeId,
            null,
            List.of(call),
            actor.userId(),
            null));
    return view(call);
  }

  /** Moves or changes one call; a new time raises its calendar sequence. */
  @Transactional
  public Versioned<org.lcp.api.model.Call> update(
      Actor actor, UUID id, String ifMatch, CallUpdate in) {
    Call call = scheduled(actor, id, ifMatch, "changed");
    Scheduling.Given given = scheduling.check(call.collaborativeId, call.kind, in);
    LocalDateTime local = Scheduling.localStart(in.getStart(), given.violations());
    Scheduling.capacity(given, in.getCapacity());
    given.requireValid();
    Map<String, Object> before = call.snapshot();
    if (call.isWebinar() && !java.util.Objects.equals(call.capacity, in.getCapacity())) {
      seats.changeCapacity(call, in.getCapacity());
      seats.promote(call, collaboratives.require(call.collaborativeId).title);
    }
    String joinBefore = Scheduling.howToJoin(call.details);
    boolean moved = Scheduling.place(call, given.details(), local);
    if (moved) {
      call.sequence++;
    }
    call.updatedAt = Instant.now();
    var diff = AuditLog.diff(before, call.snapshot());
    audit.record(
        "call.updated", Scheduling.subject(call), diff.get("before"), diff.get("after"), null);
    calls.flush();
    if (moved || !joinBefore.equals(Scheduling.howToJoin(call.details))) {
      rescheduled.fire(
          new CallsRescheduled(
              CallsRescheduled.Kind.MOVED,
              call.collaborativeId,
              null,
              List.of(call),
              actor.userId(),
              null));
    }
    return view(call);
  }

  @Transactional
  public Versioned<org.lcp.api.model.Call> cancel(
      Actor actor, UUID id, String ifMatch, String reason) {
    Call call = scheduled(actor, id, ifMatch, "cancelled");
    Map<String, Object> before = call.snapshot();
    Scheduling.cancel(call, Times.text(reason), Instant.now());
    audit.record(
        "call.cancelled",
        Scheduling.subject(call),
        before,
        call.snapshot(),
        call.cancellationReason);
    calls.flush();
    rescheduled.fire(
        new CallsRescheduled(
            CallsRescheduled.Kind.CANCELLED,
            call.collaborativeId,
            null,
            List.of(call),
            actor.userId(),
            call.cancellationReason));
    return view(call);
  }

  /**
   * A call the actor may change, at the version they saw, that is still scheduled (else 409: it
   * cannot be {@code what}).
   */
  private Call scheduled(Actor actor, UUID id, String ifMatch, String what) {
    Call call = calls.requireLocked(id); // a webinar's capacity and its registrations take turns
    policy.requireOrganize(actor, ref(call), "call");
    ETags.require(ifMatch, call.version);
    Scheduling.requireScheduled(call, what);
    return call;
  }

  private CallRef ref(Call call) {
    return call.ref(collaboratives.require(call.collaborativeId).ref());
  }

  Versioned<org.lcp.api.model.Call> view(Call call) {
    return Versioned.of(
        call.version,
        CallViews.toApi(
            call,
            names.of(List.of(call)),
            seats(List.of(call)).getOrDefault(call.id, RegistrationRepository.Seats.NONE)));
  }
}
