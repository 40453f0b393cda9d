package org.lcp.consultation;

import java.net.URI;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.lcp.api.ConsultationCallsApi;
import org.lcp.api.model.CallArchiveInput;
import org.lcp.api.model.CallAttendanceInput;
import org.lcp.api.model.CallCancellation;
import org.lcp.api.model.CallInput;
import org.lcp.api.model.CallKind;
import org.lcp.api.model.CallPage;
import org.lcp.api.model.CallRegistrationInput;
import org.lcp.api.model.CallRegistrationPage;
import org.lcp.api.model.CallRegistrationUpdate;
import org.lcp.api.model.CallSeriesCancellation;
import org.lcp.api.model.CallSeriesChange;
import org.lcp.api.model.CallSeriesInput;
import org.lcp.api.model.CallState;
import org.lcp.api.model.CallUpdate;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.VisibleCollaborative;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Access;
import org.lcp.common.security.Caller;
import org.lcp.common.web.ETags;
import org.lcp.common.web.Paging;

import io.quarkus.security.Authenticated;

/**
 * Calls: everyone reads the calls they may see (see {@link CallVisibility}); admins and the
 * collaborative's faculty schedule, change, cancel, archive and take attendance; members of an
 * organisation register it for informational calls.
 */
@Authenticated
public class CallResource implements ConsultationCallsApi {

  private final Access access;
  private final VisibleCollaborative collaboratives;
  private final CallVisibility visibility;
  private final CallService calls;
  private final CallViews views;
  private final CallAttendanceService attendance;
  private final RegistrationService registrations;

  @Context
  UriInfo uriInfo;

  public CallResource(Access access, VisibleCollaborative collaboratives, CallVisibility visibility, CallService calls,
      CallViews views, CallAttendanceService attendance, RegistrationService registrations) {
    this.access = access;
    this.collaboratives = collaboratives;
    this.visibility = visibility;
    this.calls = calls;
    this.views = views;
    this.attendance = attendance;
    this.registrations = registrations;
  }

  /** A call and its collaborative and viewer, if the caller may see it; 404 otherwise. */
  private record Visible(Call call, Collaborative collaborative, CallVisibility.Viewer viewer) {
  }

  private Collaborative collaborativeOf(UUID collaborativeId, String what, UUID id) {
    try {
      return collaboratives.get(collaborativeId);
    } catch (ApiException e) {
      if (e.status() == 404) {
        throw ApiException.notFound(what, id);
      }
      throw e;
    }
  }

  private Visible visible(UUID callId) {
    access.requirePerson();
    Call call = calls.get(callId);
    Collaborative c = collaborativeOf(call.collaborativeId, "call", callId);
    CallVisibility.Viewer viewer = visibility.of(access.caller(), c.id);
    if (!viewer.sees(call)) {
      throw ApiException.notFound("call", callId);
    }
    return new Visible(call, c, viewer);
  }

  private Collaborative asFaculty(Visible v) {
    return collaboratives.asFaculty(v.collaborative().id);
  }

  private CallSeries visibleSeries(UUID seriesId) {
    access.requirePerson();
    CallSeries s = calls.series(seriesId);
    Collaborative c = collaborativeOf(s.collaborativeId, "call series", seriesId);
    if (!visibility.of(access.caller(), c.id).sees(s.kind, s.audience, s.teamId)) {
      throw ApiException.notFound("call series", seriesId);
    }
    return s;
  }

  private static Response ok(int version, Object body) {
    return Response.ok(body).header(HttpHeaders.ETAG, ETags.of(version)).build();
  }

  private Response created(String collection, UUID id, int version, Object body) {
    URI location = uriInfo.getBaseUriBuilder().path("api").path(collection).path(id.toString()).build();
    return Response.created(location).header(HttpHeaders.ETAG, ETags.of(version)).entity(body).build();
  }

  private Response page(Paging<Call> result) {
    return Response.ok(new CallPage().items(views.calls(result.items())).page(result.page()).size(result.size())
        .total(result.total())).build();
  }

  // ---- calls of a collaborative -----------------------------------------------------------------

  @Override
  public Response listCalls(UUID collaborativeId, Integer page, Integer size, LocalDate from, LocalDate to,
      CallKind kind, CallState state, UUID teamId, UUID seriesId) {
    Collaborative c = collaboratives.get(collaborativeId);
    CallVisibility.Viewer viewer = visibility.of(access.caller(), c.id);
    return page(calls.list(c.id, viewer, from, to, kind, state, teamId, seriesId, page, size));
  }

  @Override
  public Response createCall(UUID collaborativeId, CallInput input) {
    Collaborative c = collaboratives.asFaculty(collaborativeId);
    Call call = calls.create(c, input);
    return created("calls", call.id, call.version, views.call(call));
  }

  @Override
  public Response createCallSeries(UUID collaborativeId, CallSeriesInput input) {
    Collaborative c = collaboratives.asFaculty(collaborativeId);
    CallSeries s = calls.createSeries(c, input);
    return created("call-series", s.id, s.version, views.series(s, calls.callsOf(s)));
  }

  @Override
  public Response searchCallArchive(UUID collaborativeId, Integer page, Integer size, String q, String topic) {
    Collaborative c = collaboratives.get(collaborativeId);
    CallVisibility.Viewer viewer = visibility.of(access.caller(), c.id);
    return page(calls.searchArchive(c.id, viewer, q, topic, page, size));
  }

  // ---- series -----------------------------------------------------------------------------------

  @Override
  public Response getCallSeries(UUID seriesId) {
    CallSeries s = visibleSeries(seriesId);
    return ok(s.version, views.series(s, calls.callsOf(s)));
  }

  @Override
  public Response changeCallSeries(UUID seriesId, CallSeriesChange change, String ifMatch) {
    CallSeries s = visibleSeries(seriesId);
    Collaborative c = collaboratives.asFaculty(s.collaborativeId);
    CallSeries changed = calls.change(c, seriesId, ifMatch, change);
    return ok(changed.version, views.series(changed, calls.callsOf(changed)));
  }

  @Override
  public Response cancelCallSeries(UUID seriesId, CallSeriesCancellation cancellation, String ifMatch) {
    CallSeries s = visibleSeries(seriesId);
    Collaborative c = collaboratives.asFaculty(s.collaborativeId);
    CallSeries changed = calls.cancelSeries(c, seriesId, ifMatch,
        cancellation == null ? null : cancellation.getFromCallId(),
        cancellation == null ? null : cancellation.getReason());
    return ok(changed.version, views.series(changed, calls.callsOf(changed)));
  }

  // ---- one call ---------------------------------------------------------------------------------

  @Override
  public Response getCall(UUID callId) {
    Call call = visible(callId).call();
    return ok(call.version, views.call(call));
  }

  @Override
  public Response updateCall(UUID callId, CallUpdate update, String ifMatch) {
    Collaborative c = asFaculty(visible(callId));
    Call call = calls.update(c, callId, ifMatch, update);
    return ok(call.version, views.call(call));
  }

  @Override
  public Response cancelCall(UUID callId, CallCancellation cancellation, String ifMatch) {
    Collaborative c = asFaculty(visible(callId));
    Call call = calls.cancel(c, callId, ifMatch, cancellation == null ? null : cancellation.getReason());
    return ok(call.version, views.call(call));
  }

  @Override
  public Response saveCallArchive(UUID callId, CallArchiveInput input, String ifMatch) {
    Collaborative c = asFaculty(visible(callId));
    Call call = calls.saveArchive(c, callId, ifMatch, input, access.caller());
    return ok(call.version, views.call(call));
  }

  // ---- attendance -------------------------------------------------------------------------------

  @Override
  public Response getCallAttendance(UUID callId) {
    Visible v = visible(callId);
    CallAttendanceService.Sheet sheet = attendance.sheet(v.call(), v.viewer());
    return Response.ok(sheet.sheet()).header(HttpHeaders.ETAG, sheet.etag()).build();
  }

  @Override
  public Response recordCallAttendance(UUID callId, CallAttendanceInput input, String ifMatch) {
    Visible v = visible(callId);
    Collaborative c = asFaculty(v);
    CallAttendanceService.Sheet sheet = attendance.record(c, callId, ifMatch, input, access.caller(), v.viewer());
    return Response.ok(sheet.sheet()).header(HttpHeaders.ETAG, sheet.etag()).build();
  }

  // ---- registrations ----------------------------------------------------------------------------

  @Override
  public Response listCallRegistrations(UUID callId, Integer page, Integer size) {
    Visible v = visible(callId);
    Set<UUID> only = v.viewer().all() ? null : v.viewer().organizations();
    var result = registrations.list(v.call(), only, page, size);
    return Response.ok(new CallRegistrationPage().items(result.items()).page(result.page()).size(result.size())
        .total(result.total())).build();
  }

  @Override
  public Response registerForCall(UUID callId, CallRegistrationInput input) {
    Visible v = visible(callId);
    Caller caller = access.caller();
    if (!caller.isAdmin() && access.memberRole(input.getOrganizationId()).isEmpty()) {
      throw ApiException.forbidden("only members of an organisation (and admins) may register it for a call");
    }
    CallRegistration r = registrations.register(v.call(), input.getOrganizationId(), input.getAttendees(), caller);
    URI location = uriInfo.getAbsolutePathBuilder().path(r.id.toString()).build();
    return Response.created(location).header(HttpHeaders.ETAG, ETags.of(r.version))
        .entity(registrations.view(r)).build();
  }

  private CallRegistration ownRegistration(Visible v, UUID registrationId) {
    CallRegistration r = registrations.get(v.call(), registrationId);
    if (!access.caller().isAdmin() && access.memberRole(r.organizationId).isEmpty()) {
      throw ApiException.notFound("registration", registrationId);
    }
    return r;
  }

  @Override
  public Response updateCallRegistration(UUID callId, UUID registrationId, CallRegistrationUpdate update,
      String ifMatch) {
    Visible v = visible(callId);
    CallRegistration r = registrations.update(v.call(), ownRegistration(v, registrationId).id, ifMatch,
        update.getAttendees());
    return ok(r.version, registrations.view(r));
  }

  @Override
  public Response withdrawCallRegistration(UUID callId, UUID registrationId) {
    Visible v = visible(callId);
    registrations.withdraw(v.call(), ownRegistration(v, registrationId).id);
    return Response.noContent().build();
  }

}
