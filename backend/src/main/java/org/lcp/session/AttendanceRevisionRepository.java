package org.lcp.session;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.lcp.session.SessionAttendance.Revision;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Every recording of an attendance, kept for good. */
@ApplicationScoped
public class AttendanceRevisionRepository implements PanacheRepositoryBase<Revision, UUID> {

  /** The recordings of one attendance, newest first. */
  public PanacheQuery<Revision> ofAttendance(UUID attendanceId) {
    return find("attendanceId = ?1 order by revision desc", attendanceId);
  }
}
