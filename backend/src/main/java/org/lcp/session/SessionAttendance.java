package org.lcp.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One roster member's attendance at one learning session, as it is now (earlier recordings:
 * revisions).
 */
@Entity
@Table(name = "session_attendance")
public class SessionAttendance extends AttendanceRecording {

  @Id public UUID id;

  @Column(name = "learning_session_id", nullable = false)
  public UUID learningSessionId;

  @Column(name = "roster_member_id", nullable = false)
  public UUID rosterMemberId;

  @Column(name = "team_id", nullable = false)
  public UUID teamId;

  /** How many times it was recorded; more than one means it was corrected. */
  public int revisions;

  @Version public int version;

  Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("learningSessionId", learningSessionId.toString());
    m.put("rosterMemberId", rosterMemberId.toString());
    m.put("status", status.toString());
    m.put("note", note);
    return m;
  }

  /** One recording of an attendance, kept for good. */
  @Entity
  @Table(name = "session_attendance_revision")
  public static class Revision extends AttendanceRecording {
    @Id public UUID id;

    @Column(name = "attendance_id", nullable = false)
    public UUID attendanceId;

    public int revision;
  }
}
