package org.lcp.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.lcp.application.InformationalCalls;

/**
 * Tells an application whether its organisation attended an informational call of the
 * collaborative.
 */
@ApplicationScoped
public class InformationalCallAttendance implements InformationalCalls {

  private final CallAttendanceRepository attendance;

  public InformationalCallAttendance(CallAttendanceRepository attendance) {
    this.attendance = attendance;
  }

  @Override
  public boolean attended(UUID collaborativeId, UUID organizationId) {
    return attendance.attendedInformational(collaborativeId, organizationId);
  }
}
