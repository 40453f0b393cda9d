package org.lcp.calendar;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.lcp.api.CalendarApi;
import org.lcp.api.model.CalendarFeed;
import org.lcp.api.model.CalendarFeedLink;
import org.lcp.api.model.CalendarFeedStatus;
import org.lcp.api.model.Schedule;
import org.lcp.api.model.ScheduleItem;
import org.lcp.collaborative.Collaborative;
import org.lcp.collaborative.CollaborativeRepository;
import org.lcp.collaborative.VisibleCollaborative;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.Violation;
import org.lcp.common.security.Access;
import org.lcp.common.security.Caller;
import org.lcp.common.web.Times;
import org.lcp.consultation.CallVisibility;

import io.quarkus.security.Authenticated;

/**
 * Schedules (a person's, a collaborative's) and calendar links. The feeds themselves are the only
 * operations without a bearer token: the secret token in the link says whose calendar it is.
 */
@Authenticated
public class CalendarResource implements CalendarApi {

  /** How far back the feeds go; forward they have no end. */
  static final int FEED_DAYS_BACK = 180;
  static final int FEED_DAYS_AHEAD = 3660;
  static final int MAX_RANGE_DAYS = 366;
  static final int DEFAULT_RANGE_DAYS = 90;

  private final Access access;
  private final VisibleCollaborative collaboratives;
  private final CollaborativeRepository collaborativeService;
  private final CallVisibility visibility;
  private final ScheduleService schedule;
  private final FeedService feeds;

  @Context
  UriInfo uriInfo;

  public CalendarResource(Access access, VisibleCollaborative collaboratives, CollaborativeRepository collaborativeService,
      CallVisibility visibility, ScheduleService schedule, FeedService feeds) {
    this.access = access;
    this.collaboratives = collaboratives;
    this.collaborativeService = collaborativeService;
    this.visibility = visibility;
    this.schedule = schedule;
    this.feeds = feeds;
  }

  private record Range(LocalDate from, LocalDate to) {
  }

  static Range range(LocalDate from, LocalDate to) {
    LocalDate f = from != null ? from : LocalDate.now(ZoneOffset.UTC);
    LocalDate t = to != null ? to : f.plusDays(DEFAULT_RANGE_DAYS);
    if (t.isBefore(f)) {
      throw ApiException.invalid(List.of(Violation.query("to", "must be on or after from (" + f + ")")));
    }
    if (ChronoUnit.DAYS.between(f, t) + 1 > MAX_RANGE_DAYS) {
      throw ApiException.invalid(List.of(Violation.query("to", "the range is at most " + MAX_RANGE_DAYS
          + " days (from " + f + ")")));
    }
    return new Range(f, t);
  }

  @Override
  public Response getMySchedule(LocalDate from, LocalDate to) {
    Caller caller = access.requirePerson();
    Range r = range(from, to);
    return Response.ok(toApi(r, schedule.person(caller.userId(), r.from(), r.to()))).build();
  }

  @Override
  public Response getCollaborativeSchedule(UUID collaborativeId, LocalDate from, LocalDate to) {
    Collaborative c = collaboratives.get(collaborativeId);
    Range r = range(from, to);
    CallVisibility.Viewer viewer = visibility.of(access.caller(), c.id);
    return Response.ok(toApi(r, schedule.collaborative(c.id, viewer, r.from(), r.to()))).build();
  }

  private static Schedule toApi(Range r, List<Entry> entries) {
    List<ScheduleItem> items = new ArrayList<>();
    for (Entry e : entries) {
      items.add(new ScheduleItem().type(e.type()).id(e.id()).collaborativeId(e.collaborativeId())
          .collaborativeTitle(e.collaborativeTitle()).title(e.title()).sessionNumber(e.sessionNumber())
          .callKind(e.callKind()).allDay(e.allDay()).startDate(e.startDate()).endDate(e.endDate())
          .start(e.start() == null ? null : e.start().format(java.time.format.DateTimeFormatter
              .ofPattern("yyyy-MM-dd'T'HH:mm")))
          .timeZone(e.timeZone()).startsAt(Times.utc(e.startsAt())).endsAt(Times.utc(e.endsAt())).state(e.state())
          .mode(ScheduleItem.ModeEnum.fromValue(e.mode())).location(e.location()).joinUrl(e.joinUrl())
          .phoneNumber(e.phoneNumber()).accessCode(e.accessCode()).audience(e.audience()).teamId(e.teamId())
          .teamName(e.teamName()).facilitatorName(e.facilitatorName()).reasons(new ArrayList<>(e.reasons())));
    }
    return new Schedule().from(r.from()).to(r.to()).items(items);
  }

  // ---- the caller's links -----------------------------------------------------------------------

  @Override
  public Response getMyCalendarFeed() {
    Caller caller = access.requirePerson();
    CalendarFeedToken t = feeds.current(caller.userId());
    String token = feeds.token(t);
    return Response.ok(new CalendarFeedStatus().active(t != null)
        .createdAt(t == null ? null : Times.utc(t.createdAt))
        .lastUsedAt(t == null ? null : Times.utc(t.lastUsedAt))
        .feed(token == null ? null : links(caller, token, t))).build();
  }

  @Override
  public Response rotateMyCalendarFeed() {
    Caller caller = access.requirePerson();
    String token = feeds.rotate(caller.userId());
    return Response.ok(links(caller, token, feeds.current(caller.userId()))).build();
  }

  /** The links that carry the caller's token: the schedule, each collaborative, and the template. */
  private CalendarFeed links(Caller caller, String token, CalendarFeedToken t) {
    String base = uriInfo.getBaseUriBuilder().path("api").path("calendar-feeds").path(token).build().toString();
    List<CalendarFeedLink> links = new ArrayList<>();
    for (Map.Entry<UUID, String> c : schedule.expectedCollaboratives(caller.userId()).entrySet()) {
      links.add(new CalendarFeedLink().collaborativeId(c.getKey()).title(c.getValue())
          .url(base + "/collaboratives/" + c.getKey()));
    }
    return new CalendarFeed().scheduleUrl(base)
        .collaborativeUrlTemplate(base + "/collaboratives/{collaborativeId}").collaboratives(links)
        .createdAt(Times.utc(t.createdAt));
  }

  @Override
  public Response revokeMyCalendarFeed() {
    Caller caller = access.requirePerson();
    feeds.revoke(caller.userId());
    return Response.noContent().build();
  }

  // ---- the feeds (no bearer token) --------------------------------------------------------------

  @Override
  @PermitAll
  public Response getScheduleCalendar(String feedToken) {
    UUID userId = feeds.resolve(feedToken);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<Entry> entries = schedule.person(userId, today.minusDays(FEED_DAYS_BACK), today.plusDays(FEED_DAYS_AHEAD));
    return calendar("My learning collaborative schedule", entries);
  }

  @Override
  @PermitAll
  public Response getCollaborativeCalendar(String feedToken, UUID collaborativeId) {
    UUID userId = feeds.resolve(feedToken);
    Collaborative c = collaborativeService.require(collaborativeId);
    CallVisibility.Viewer viewer = visibility.of(userId, false, c.id);
    if (c.isDraft() && !viewer.all()) {
      throw ApiException.notFound("collaborative", collaborativeId);
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<Entry> entries = schedule.collaborative(c.id, viewer, today.minusDays(FEED_DAYS_BACK),
        today.plusDays(FEED_DAYS_AHEAD));
    return calendar(c.title, entries);
  }

  private static Response calendar(String name, List<Entry> entries) {
    return Response.ok(IcsWriter.write(name, entries), IcsWriter.MEDIA_TYPE)
        .header("Cache-Control", "private, max-age=300").build();
  }

}
