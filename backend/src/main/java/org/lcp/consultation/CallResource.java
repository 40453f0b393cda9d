package org.lcp.consultation;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.core.Response;

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

import io.quarkus.security.Authenticated;

/** Consultation and informational calls (contract stub; implementation follows). */
@Authenticated
public class CallResource implements ConsultationCallsApi {

  private static UnsupportedOperationException todo() {
    return new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public Response listCalls(UUID collaborativeId, Integer page, Integer size, LocalDate from, LocalDate to,
      CallKind kind, CallState state, UUID teamId, UUID seriesId) {
    throw todo();
  }

  @Override
  public Response createCall(UUID collaborativeId, CallInput input) {
    throw todo();
  }

  @Override
  public Response createCallSeries(UUID collaborativeId, CallSeriesInput input) {
    throw todo();
  }

  @Override
  public Response searchCallArchive(UUID collaborativeId, Integer page, Integer size, String q, String topic) {
    throw todo();
  }

  @Override
  public Response getCallSeries(UUID seriesId) {
    throw todo();
  }

  @Override
  public Response changeCallSeries(UUID seriesId, CallSeriesChange change, String ifMatch) {
    throw todo();
  }

  @Override
  public Response cancelCallSeries(UUID seriesId, CallSeriesCancellation cancellation, String ifMatch) {
    throw todo();
  }

  @Override
  public Response getCall(UUID callId) {
    throw todo();
  }

  @Override
  public Response updateCall(UUID callId, CallUpdate update, String ifMatch) {
    throw todo();
  }

  @Override
  public Response cancelCall(UUID callId, CallCancellation cancellation, String ifMatch) {
    throw todo();
  }

  @Override
  public Response saveCallArchive(UUID callId, CallArchiveInput input, String ifMatch) {
    throw todo();
  }

  @Override
  public Response getCallAttendance(UUID callId) {
    throw todo();
  }

  @Override
  public Response recordCallAttendance(UUID callId, CallAttendanceInput input, String ifMatch) {
    throw todo();
  }

  @Override
  public Response listCallRegistrations(UUID callId, Integer page, Integer size) {
    throw todo();
  }

  @Override
  public Response registerForCall(UUID callId, CallRegistrationInput input) {
    throw todo();
  }

  @Override
  public Response updateCallRegistration(UUID callId, UUID registrationId, CallRegistrationUpdate update,
      String ifMatch) {
    throw todo();
  }

  @Override
  public Response withdrawCallRegistration(UUID callId, UUID registrationId) {
    throw todo();
  }
}
