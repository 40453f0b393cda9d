package org.lcp.session;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * What one recording of an attendance says, and who made it when: the current record and each
 * revision.
 */
@MappedSuperclass
public abstract class AttendanceRecording {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public AttendanceStatus status;

  public String note;

  @Column(name = "recorded_at", nullable = false)
  public Instant recordedAt;

  @Column(name = "recorded_by")
  public UUID recordedBy;

  @Column(name = "recorded_by_name")
  public String recordedByName;
}
