package org.lcp.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lcp.api.model.AttendanceStanding;
import org.lcp.api.model.ShortfallKind;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.FacultyRepository;
import org.lcp.notification.Notify;
import org.lcp.organization.MembershipRepository;
import org.lcp.organization.OrganizationRepository;
import org.lcp.team.Team;

/**
 * When recording attendance makes a team newly at risk on the attendance criterion, its
 * organisation's people and the collaborative's lead faculty are told why, in the transaction of
 * the recording. Each person is told once per team and reason (the shortfalls that put it at risk):
 * a correction back and forth tells nobody twice, a new shortfall is news.
 */
@ApplicationScoped
public class AtRiskNotices {

  static final String KIND = "attendance.at-risk";

  private final AttendanceReportService reports;
  private final MembershipRepository memberships;
  private final OrganizationRepository organizations;
  private final FacultyRepository faculty;
  private final Event<Notify> notify;

  public AtRiskNotices(
      AttendanceReportService reports,
      MembershipRepository memberships,
      OrganizationRepository organizations,
      FacultyRepository faculty,
      Event<Notify> notify) {
    this.reports = reports;
    this.memberships = memberships;
    this.organizations = organizations;
    this.faculty = faculty;
    this.notify = notify;
  }

  /** The standing of these teams before a recording. */
  Map<UUID, AttendanceStanding> standings(UUID collaborativeId, Collection<Team> teams) {
    Map<UUID, AttendanceStanding> out = new HashMap<>();
    reports.reportsOf(collaborativeId, teams).forEach((id, r) -> out.put(id, r.standing()));
    return out;
  }

  /** After the recording (flushed): tells of each team that is at risk now and was not before. */
  void tell(Collaborative c, Collection<Team> teams, Map<UUID, AttendanceStanding> before) {
    Map<UUID, AttendanceRules.Report> now = reports.reportsOf(c.id, teams);
    List<UUID> leads = null;
    for (Team t : teams) {
      AttendanceRules.Report r = now.get(t.id);
      if (r == null
          || r.standing() != AttendanceStanding.AT_RISK
          || before.get(t.id) == AttendanceStanding.AT_RISK) {
        continue;
      }
      if (leads == null) {
        leads = faculty.leads(c.id);
      }
      List<AttendanceRules.Shortfall> why =
          r.shortfalls().stream().filter(s -> s.kind() != ShortfallKind.NOT_RECORDED).toList();
      Set<UUID> recipients = new LinkedHashSet<>(memberships.userIds(t.organizationId));
      recipients.addAll(leads);
      String organization = organizations.name(t.organizationId);
      List<String> lines = new ArrayList<>();
      why.forEach(s -> lines.add("- " + s.message()));
      notify.fire(
          new Notify(
              List.copyOf(recipients),
              KIND,
              organization + " is at risk on attendance in " + c.title,
              "The team of "
                  + organization
                  + " no longer meets the attendance criterion of "
                  + c.title
                  + " (its senior leader, supervisor and clinicians at every learning session):\n"
                  + String.join("\n", lines),
              "/teams/" + t.id + "/attendance",
              KIND + ":" + t.id + ":" + digest(why),
              List.of()));
    }
  }

  /** The reason as a key: the at-risk shortfalls (session, member, kind), in report order. */
  private static String digest(List<AttendanceRules.Shortfall> why) {
    StringBuilder b = new StringBuilder();
    for (AttendanceRules.Shortfall s : why) {
      b.append(s.session().id())
          .append('/')
          .append(s.member() == null ? "-" : s.member().id())
          .append('/')
          .append(s.kind())
          .append(';');
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(b.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
