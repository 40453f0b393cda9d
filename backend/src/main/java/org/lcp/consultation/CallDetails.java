package org.lcp.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Map;
import java.util.UUID;
import org.lcp.common.security.Refs.CallRef;
import org.lcp.common.security.Refs.CollaborativeRef;

/**
 * What a call and its series share, and what changing a call or a series from one call on sets: the
 * same eleven columns in scheduled_call and call_series.
 */
@Embeddable
public class CallDetails {

  @Column(nullable = false)
  public String topic;

  public String description;

  @Column(name = "time_zone", nullable = false)
  public String timeZone;

  @Column(name = "duration_minutes", nullable = false)
  public int durationMinutes;

  @Column(name = "facilitator_user_id", nullable = false)
  public UUID facilitatorUserId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public CallAudience audience;

  @Column(name = "team_id")
  public UUID teamId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public CallMode mode;

  @Column(name = "join_url")
  public String joinUrl;

  @Column(name = "phone_number")
  public String phoneNumber;

  @Column(name = "access_code")
  public String accessCode;

  /** A copy for another row (an embeddable belongs to one entity). */
  public CallDetails copy() {
    CallDetails d = new CallDetails();
    d.topic = topic;
    d.description = description;
    d.timeZone = timeZone;
    d.durationMinutes = durationMinutes;
    d.facilitatorUserId = facilitatorUserId;
    d.audience = audience;
    d.teamId = teamId;
    d.mode = mode;
    d.joinUrl = joinUrl;
    d.phoneNumber = phoneNumber;
    d.accessCode = accessCode;
    return d;
  }

  /** What the policies need to know of a call or series of this kind with these details. */
  CallRef ref(UUID id, CallKind kind, CollaborativeRef collaborative) {
    return new CallRef(
        id,
        collaborative,
        kind.open(),
        audience == CallAudience.COLLABORATIVE,
        teamId,
        kind == CallKind.WEBINAR);
  }

  /** Who leads it, for whom, and how to join, as audit snapshots show them. */
  void snapshot(Map<String, Object> m) {
    m.put("durationMinutes", durationMinutes);
    m.put("facilitatorUserId", facilitatorUserId.toString());
    m.put("audience", audience.toString());
    m.put("teamId", teamId == null ? null : teamId.toString());
    m.put("mode", mode.toString());
  }
}
