package org.lcp.session;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.lcp.api.AttendanceApi;
import org.lcp.api.model.AttendanceMark;
import org.lcp.api.model.AttendanceStanding;
import org.lcp.api.model.SessionAttendanceInput;
import org.lcp.common.security.Actor;
import org.lcp.common.security.Actors;
import org.lcp.common.web.Conditional;
import org.lcp.common.web.Responses;

/** Attendance at learning sessions: parse, call the service with the caller, answer. */
@Authenticated
public class AttendanceResource implements AttendanceApi {

  private final Actors actors;
  private final AttendanceSheetService sheets;
  private final AttendanceHistoryService history;
  private final AttendanceReportService reports;
  private final Conditional conditional;

  @Context UriInfo uriInfo;

  public AttendanceResource(
      Actors actors,
      AttendanceSheetService sheets,
      AttendanceHistoryService history,
      AttendanceReportService reports,
      Conditional conditional) {
    this.actors = actors;
    this.conditional = conditional;
    this.sheets = sheets;
    this.history = history;
    this.reports = reports;
  }

  @Override
  public Response getSessionAttendance(UUID collaborativeId, UUID sessionId, UUID teamId) {
    return Responses.ok(sheets.sheet(actors.current(), collaborativeId, sessionId, teamId));
  }

  @Override
  public Response recordSessionAttendance(
      UUID collaborativeId, UUID sessionId, SessionAttendanceInput input, String ifMatch) {
    return Responses.ok(
        sheets.recordMany(actors.current(), collaborativeId, sessionId, ifMatch, input));
  }

  @Override
  public Response recordMemberAttendance(
      UUID collaborativeId,
      UUID sessionId,
      UUID rosterMemberId,
      AttendanceMark mark,
      String ifMatch) {
    return Responses.ok(
        sheets.recordOne(
            actors.current(), collaborativeId, sessionId, rosterMemberId, ifMatch, mark));
  }

  @Override
  public Response listAttendanceHistory(
      UUID collaborativeId, UUID sessionId, UUID rosterMemberId, Integer page, Integer size) {
    return Responses.ok(
        history.history(actors.current(), collaborativeId, sessionId, rosterMemberId, page, size));
  }

  @Override
  public Response getTeamAttendanceReport(UUID teamId, String ifNoneMatch) {
    Actor actor = actors.current();
    return conditional.respondKept(
        ifNoneMatch,
        reports.teamReportTag(actor, uriInfo, teamId),
        actor.caller(),
        () -> reports.teamReport(actor, teamId));
  }

  @Override
  public Response getCollaborativeAttendanceReport(
      UUID collaborativeId,
      String ifNoneMatch,
      Integer page,
      Integer size,
      AttendanceStanding standing) {
    Actor actor = actors.current();
    return conditional.respondKept(
        ifNoneMatch,
        reports.overviewTag(actor, uriInfo, collaborativeId),
        actor.caller(),
        () -> reports.overview(actor, collaborativeId, standing, page, size));
  }
}
