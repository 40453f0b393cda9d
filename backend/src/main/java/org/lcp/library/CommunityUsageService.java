package org.lcp.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lcp.api.model.CommunityUsageMonth;
import org.lcp.api.model.CommunityUsageReport;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeKind;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.common.error.ApiException;
import org.lcp.common.security.Actor;
import org.lcp.common.security.LibraryPolicy;
import org.lcp.common.web.Csv;
import org.lcp.community.CommunityMemberRepository;
import org.lcp.consultation.CallUsage;

/**
 * A learning community's usage report, month by month: members and the organisations they come
 * from, calls and attendance, library items added, downloaded and opened. The figures a funder asks
 * for; read by the community's stewards.
 */
@ApplicationScoped
public class CommunityUsageService {

  static final int MAX_MONTHS = 60;

  private final CollaborativeRepository collaboratives;
  private final CommunityMemberRepository members;
  private final CallUsage calls;
  private final LibraryItemRepository items;
  private final LibraryPolicy policy;

  public CommunityUsageService(
      CollaborativeRepository collaboratives,
      CommunityMemberRepository members,
      CallUsage calls,
      LibraryItemRepository items,
      LibraryPolicy policy) {
    this.collaboratives = collaboratives;
    this.members = members;
    this.calls = calls;
    this.items = items;
    this.policy = policy;
  }

  @Transactional
  public CommunityUsageReport report(Actor actor, UUID communityId, String from, String to) {
    actor.requirePerson();
    Collaborative c = collaboratives.require(communityId);
    if (c.kind != CollaborativeKind.LEARNING_COMMUNITY) {
      throw ApiException.notFound("community", communityId);
    }
    policy.requireUsageReport(actor, c.ref());
    YearMonth last = to == null ? YearMonth.now(ZoneOffset.UTC) : month("to", to);
    YearMonth first = from == null ? last.minusMonths(11) : month("from", from);
    if (first.isAfter(last)) {
      throw ApiException.invalid("from", "is after to");
    }
    if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
      throw ApiException.invalid("to", "the report covers at most " + MAX_MONTHS + " months");
    }
    Map<YearMonth, long[]> people = members.monthly(c.id, first, last);
    Map<YearMonth, long[]> held = calls.monthly(c.id, first, last);
    Map<YearMonth, long[]> library = items.usage(c.id, first, last);
    List<CommunityUsageMonth> months = new ArrayList<>();
    long[] sum = new long[8];
    long lastActive = 0;
    long lastOrganizations = 0;
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      long[] p = people.getOrDefault(m, new long[4]);
      long[] h = held.getOrDefault(m, new long[2]);
      long[] l = library.getOrDefault(m, new long[3]);
      long[] row = {p[1], p[2], h[0], h[1], l[0], l[1], l[2]};
      for (int i = 0; i < row.length; i++) {
        sum[i] += row[i];
      }
      lastActive = p[0];
      lastOrganizations = p[3];
      months.add(row(m.toString(), p[0], p[3], row));
    }
    return new CommunityUsageReport()
        .collaborativeId(c.id)
        .from(first.toString())
        .to(last.toString())
        .months(months)
        .totals(row("total", lastActive, lastOrganizations, sum));
  }

  /** The report as CSV: a header, one row per month, then the totals. */
  public String csv(CommunityUsageReport r) {
    StringBuilder b =
        new StringBuilder(
            "month,membersActive,organizationsActive,joined,left,callsHeld,callAttendance,itemsAdded,"
                + "downloads,opens\r\n");
    List<CommunityUsageMonth> rows = new ArrayList<>(r.getMonths());
    rows.add(r.getTotals());
    for (CommunityUsageMonth m : rows) {
      b.append(Csv.text(m.getMonth()))
          .append(',')
          .append(m.getMembersActive())
          .append(',')
          .append(m.getOrganizationsActive())
          .append(',')
          .append(m.getJoined())
          .append(',')
          .append(m.getLeft())
          .append(',')
          .append(m.getCallsHeld())
          .append(',')
          .append(m.getCallAttendance())
          .append(',')
          .append(m.getItemsAdded())
          .append(',')
          .append(m.getDownloads())
          .append(',')
          .append(m.getOpens())
          .append("\r\n");
    }
    return b.toString();
  }

  private static CommunityUsageMonth row(String month, long active, long organizations, long[] v) {
    return new CommunityUsageMonth()
        .month(month)
        .membersActive(active)
        .organizationsActive(organizations)
        .joined(v[0])
        .left(v[1])
        .callsHeld(v[2])
        .callAttendance(v[3])
        .itemsAdded(v[4])
        .downloads(v[5])
        .opens(v[6]);
  }

  private static YearMonth month(String field, String value) {
    try {
      return YearMonth.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiException.invalid(field, "is not a month (YYYY-MM)");
    }
  }
}
