package org.lcp.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.lcp.application.InformationalCalls;

/**
 * Tells an application whether its organisation attended an informational call of the
 * collaborative.
 */
@ApplicationScoped
public class InformationalCallAttendance implements InformationalCalls {

  private final CallAttendanceRepository attendance;
  private final RegistrationRepository registrations;

  public InformationalCallAttendance(
      CallAttendanceRepository attendance, RegistrationRepository registrations) {
    this.attendance = attendance;
    this.registrations = registrations;
  }

  @Override
  public List<UUID> registeredOrganizations(UUID collaborativeId) {
    return registrations.organizationsOfCollaborative(collaborativeId);
  }

  @Override
  public boolean attended(UUID collaborativeId, UUID organizationId) {
    return attendance.attendedInformational(collaborativeId, organizationId);
  }
}
