package org.lcp.calendar;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.lcp.api.CalendarApi;
import org.lcp.common.security.Actors;
import org.lcp.common.web.Conditional;
import org.lcp.common.web.PublicUrl;
import org.lcp.common.web.Responses;

/**
 * Schedules (a person's, a collaborative's) and calendar links. The feeds themselves are the only
 * operations without a bearer token: the secret token in the link says whose calendar it is.
 */
@Authenticated
public class CalendarResource implements CalendarApi {

  private final Actors actors;
  private final ScheduleService schedule;
  private final FeedService feeds;

  private final PublicUrl urls;
  private final Conditional conditional;

  @Context UriInfo uriInfo;

  public CalendarResource(
      Actors actors,
      ScheduleService schedule,
      FeedService feeds,
      PublicUrl urls,
      Conditional conditional) {
    this.urls = urls;
    this.conditional = conditional;
    this.actors = actors;
    this.schedule = schedule;
    this.feeds = feeds;
  }

  @Override
  public Response getMySchedule(LocalDate from, LocalDate to) {
    return Responses.ok(schedule.mine(actors.current(), from, to));
  }

  @Override
  public Response getCollaborativeSchedule(UUID collaborativeId, LocalDate from, LocalDate to) {
    return Responses.ok(schedule.ofCollaborative(actors.current(), collaborativeId, from, to));
  }

  // ---- the caller's links -----------------------------------------------------------------------

  /** Where the feeds are served: under the configured public URL, never the request's Host. */
  private String feedBase() {
    return urls.of("api", "calendar-feeds").toString();
  }

  @Override
  public Response getMyCalendarFeed() {
    return Responses.ok(feeds.status(actors.current(), feedBase()));
  }

  @Override
  public Response rotateMyCalendarFeed() {
    return Responses.ok(feeds.rotate(actors.current(), feedBase()));
  }

  @Override
  public Response revokeMyCalendarFeed() {
    feeds.revoke(actors.current());
    return Response.noContent().build();
  }

  // ---- the feeds (no bearer token) --------------------------------------------------------------

  @Override
  @PermitAll
  public Response getScheduleCalendar(String feedToken, String ifNoneMatch) {
    return calendar(
        ifNoneMatch,
        feeds.scheduleTag(feedToken, uriInfo),
        () -> feeds.scheduleCalendar(feedToken));
  }

  @Override
  @PermitAll
  public Response getCollaborativeCalendar(
      String feedToken, UUID collaborativeId, String ifNoneMatch) {
    return calendar(
        ifNoneMatch,
        feeds.collaborativeTag(feedToken, collaborativeId, uriInfo),
        () -> feeds.collaborativeCalendar(feedToken, collaborativeId));
  }

  /**
   * A feed with its ETag, or 304: calendar programs poll, so a copy may be used for five minutes
   * and then revalidated. The text is kept by its ETag (whose path names the link) for the next
   * poll that finds the same data.
   */
  private Response calendar(String ifNoneMatch, String etag, Supplier<String> ics) {
    return conditional.respondKept(
        ifNoneMatch,
        etag,
        "feed",
        "private, max-age=300",
        IcsWriter.MEDIA_TYPE,
        () -> ics.get().getBytes(StandardCharsets.UTF_8));
  }
}
