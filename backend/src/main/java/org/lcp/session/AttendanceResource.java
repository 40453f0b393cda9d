package org.lcp.session;

import java.util.UUID;

import jakarta.ws.rs.core.Response;

import org.lcp.api.AttendanceApi;
import org.lcp.api.model.AttendanceMark;
import org.lcp.api.model.AttendanceStanding;
import org.lcp.api.model.SessionAttendanceInput;

import io.quarkus.security.Authenticated;

/** Attendance at learning sessions and the attendance criterion (contract stub; implementation follows). */
@Authenticated
public class AttendanceResource implements AttendanceApi {

  @Override
  public Response getSessionAttendance(UUID collaborativeId, UUID sessionId, UUID teamId) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public Response recordSessionAttendance(UUID collaborativeId, UUID sessionId, SessionAttendanceInput input,
      String ifMatch) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public Response recordMemberAttendance(UUID collaborativeId, UUID sessionId, UUID rosterMemberId,
      AttendanceMark mark, String ifMatch) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public Response listAttendanceHistory(UUID collaborativeId, UUID sessionId, UUID rosterMemberId, Integer page,
      Integer size) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public Response getTeamAttendanceReport(UUID teamId) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public Response getCollaborativeAttendanceReport(UUID collaborativeId, Integer page, Integer size,
      AttendanceStanding standing) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
