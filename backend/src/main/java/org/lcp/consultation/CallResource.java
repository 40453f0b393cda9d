package org.lcp.consultation;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.lcp.api.ConsultationCallsApi;
import org.lcp.api.model.CallArchiveInput;
import org.lcp.api.model.CallAttendanceInput;
import org.lcp.api.model.CallCancellation;
import org.lcp.api.model.CallInput;
import org.lcp.api.model.CallKind;
import org.lcp.api.model.CallRegistrationInput;
import org.lcp.api.model.CallRegistrationUpdate;
import org.lcp.api.model.CallSeriesCancellation;
import org.lcp.api.model.CallSeriesChange;
import org.lcp.api.model.CallSeriesInput;
import org.lcp.api.model.CallState;
import org.lcp.api.model.CallUpdate;
import org.lcp.common.security.Actors;
import org.lcp.common.web.Enums;
import org.lcp.common.web.PublicUrl;
import org.lcp.common.web.Responses;
import org.lcp.common.web.Versioned;

/**
 * Calls, series, the archive, attendance and registrations: parse, call the service with the
 * caller, answer.
 */
@Authenticated
public class CallResource implements ConsultationCallsApi {

  private final Actors actors;
  private final CallService calls;
  private final CallSeriesService series;
  private final CallArchiveService archive;
  private final CallAttendanceService attendance;
  private final RegistrationService registrations;

  private final PublicUrl urls;

  @Context UriInfo uriInfo;

  public CallResource(
      Actors actors,
      CallService calls,
      CallSeriesService series,
      CallArchiveService archive,
      CallAttendanceService attendance,
      RegistrationService registrations,
      PublicUrl urls) {
    this.urls = urls;
    this.actors = actors;
    this.calls = calls;
    this.series = series;
    this.archive = archive;
    this.attendance = attendance;
    this.registrations = registrations;
  }

  /** 201 for a call or series, which live at /api/calls/{id} and /api/call-series/{id}. */
  private Response created(String collection, UUID id, Versioned<?> v) {
    return Responses.created(urls.of("api", collection, id.toString()), v);
  }

  // ---- calls of a collaborative -----------------------------------------------------------------

  @Override
  public Response listCalls(
      UUID collaborativeId,
      Integer page,
      Integer size,
      LocalDate from,
      LocalDate to,
      CallKind kind,
      CallState state,
      UUID teamId,
      UUID seriesId) {
    var criteria =
        new CallRepository.Criteria(
            from,
            to,
            Enums.map(kind, org.lcp.consultation.CallKind.class),
            Enums.map(state, org.lcp.consultation.CallState.class),
            teamId,
            seriesId);
    return Responses.ok(calls.list(actors.current(), collaborativeId, criteria, page, size));
  }

  @Override
  public Response createCall(UUID collaborativeId, CallInput input) {
    var created = calls.create(actors.current(), collaborativeId, input);
    return created("calls", created.body().getId(), created);
  }

  @Override
  public Response createCallSeries(UUID collaborativeId, CallSeriesInput input) {
    var created = series.create(actors.current(), collaborativeId, input);
    return created("call-series", created.body().getId(), created);
  }

  @Override
  public Response searchCallArchive(
      UUID collaborativeId, Integer page, Integer size, String q, String topic) {
    return Responses.ok(archive.search(actors.current(), collaborativeId, q, topic, page, size));
  }

  // ---- series -----------------------------------------------------------------------------------

  @Override
  public Response getCallSeries(UUID seriesId) {
    return Responses.ok(series.get(actors.current(), seriesId));
  }

  @Override
  public Response changeCallSeries(UUID seriesId, CallSeriesChange change, String ifMatch) {
    return Responses.ok(series.change(actors.current(), seriesId, ifMatch, change));
  }

  @Override
  public Response cancelCallSeries(
      UUID seriesId, CallSeriesCancellation cancellation, String ifMatch) {
    return Responses.ok(series.cancel(actors.current(), seriesId, ifMatch, cancellation));
  }

  // ---- one call ---------------------------------------------------------------------------------

  @Override
  public Response getCall(UUID callId) {
    return Responses.ok(calls.get(actors.current(), callId));
  }

  @Override
  public Response updateCall(UUID callId, CallUpdate update, String ifMatch) {
    return Responses.ok(calls.update(actors.current(), callId, ifMatch, update));
  }

  @Override
  public Response cancelCall(UUID callId, CallCancellation cancellation, String ifMatch) {
    return Responses.ok(
        calls.cancel(
            actors.current(),
            callId,
            ifMatch,
            cancellation == null ? null : cancellation.getReason()));
  }

  @Override
  public Response saveCallArchive(UUID callId, CallArchiveInput input, String ifMatch) {
    return Responses.ok(archive.save(actors.current(), callId, ifMatch, input));
  }

  // ---- attendance -------------------------------------------------------------------------------

  @Override
  public Response getCallAttendance(UUID callId) {
    return Responses.ok(attendance.sheet(actors.current(), callId));
  }

  @Override
  public Response recordCallAttendance(UUID callId, CallAttendanceInput input, String ifMatch) {
    return Responses.ok(attendance.record(actors.current(), callId, ifMatch, input));
  }

  // ---- registrations ----------------------------------------------------------------------------

  @Override
  public Response listCallRegistrations(UUID callId, Integer page, Integer size) {
    return Responses.ok(registrations.list(actors.current(), callId, page, size));
  }

  @Override
  public Response registerForCall(UUID callId, CallRegistrationInput input) {
    var created = registrations.register(actors.current(), callId, input);
    return Responses.created(urls.below(uriInfo, created.body().getId()), created);
  }

  @Override
  public Response updateCallRegistration(
      UUID callId, UUID registrationId, CallRegistrationUpdate update, String ifMatch) {
    return Responses.ok(
        registrations.update(
            actors.current(), callId, registrationId, ifMatch, update.getAttendees()));
  }

  @Override
  public Response withdrawCallRegistration(UUID callId, UUID registrationId) {
    registrations.withdraw(actors.current(), callId, registrationId);
    return Response.noContent().build();
  }
}
