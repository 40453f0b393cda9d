package org.lcp.session;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.lcp.session.SessionAttendance.Revision;

/** Every recording of an attendance, kept for good. */
@ApplicationScoped
public class AttendanceRevisionRepository implements PanacheRepositoryBase<Revision, UUID> {

  /** The recordings of one attendance, newest first. */
  public PanacheQuery<Revision> ofAttendance(UUID attendanceId) {
    return find("attendanceId = ?1 order by revision desc", attendanceId);
  }
}
