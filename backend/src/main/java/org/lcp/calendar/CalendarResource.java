package org.lcp.calendar;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.core.Response;

import org.lcp.api.CalendarApi;

import io.quarkus.security.Authenticated;

/** Schedules and calendar feeds (contract stub; implementation follows). */
@Authenticated
public class CalendarResource implements CalendarApi {

  private static UnsupportedOperationException todo() {
    return new UnsupportedOperationException("not yet implemented");
  }

  @Override
  public Response getMySchedule(LocalDate from, LocalDate to) {
    throw todo();
  }

  @Override
  public Response getCollaborativeSchedule(UUID collaborativeId, LocalDate from, LocalDate to) {
    throw todo();
  }

  @Override
  public Response getMyCalendarFeed() {
    throw todo();
  }

  @Override
  public Response rotateMyCalendarFeed() {
    throw todo();
  }

  @Override
  public Response revokeMyCalendarFeed() {
    throw todo();
  }

  @Override
  @PermitAll
  public Response getScheduleCalendar(String feedToken) {
    throw todo();
  }

  @Override
  @PermitAll
  public Response getCollaborativeCalendar(String feedToken, UUID collaborativeId) {
    throw todo();
  }
}
