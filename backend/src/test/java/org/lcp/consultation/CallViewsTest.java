package org.lcp.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lcp.api.model.CallInput;
import org.lcp.api.model.CallSeriesChange;
import org.lcp.api.model.CallSeriesInput;
import org.lcp.api.model.CallUpdate;
import org.lcp.api.model.Weekday;
import org.lcp.consultation.CallNames.Names;

/**
 * The details of a call or a series go in from each of the four inputs and out on calls and series,
 * whole.
 */
class CallViewsTest {

  static final UUID FACILITATOR = UUID.randomUUID();
  static final UUID TEAM = UUID.randomUUID();

  /** Every input that carries details, with all eleven given (text with blanks around it). */
  static Stream<Object> inputs() {
    return Stream.of(
        new CallInput()
            .kind(org.lcp.api.model.CallKind.CONSULTATION)
            .start("2030-05-01T10:00")
            .topic(" Engagement ")
            .description(" Bring a case ")
            .timeZone(" America/Chicago ")
            .durationMinutes(45)
            .facilitatorUserId(FACILITATOR)
            .audience(org.lcp.api.model.CallAudience.TEAM)
            .teamId(TEAM)
            .mode(org.lcp.api.model.CallMode.PHONE)
            .joinUrl(" https://v.example.org/c ")
            .phoneNumber(" +1 555 0100 ")
            .accessCode(" 4242 "),
        new CallUpdate()
            .start("2030-05-01T10:00")
            .topic(" Engagement ")
            .description(" Bring a case ")
            .timeZone(" America/Chicago ")
            .durationMinutes(45)
            .facilitatorUserId(FACILITATOR)
            .audience(org.lcp.api.model.CallAudience.TEAM)
            .teamId(TEAM)
            .mode(org.lcp.api.model.CallMode.PHONE)
            .joinUrl(" https://v.example.org/c ")
            .phoneNumber(" +1 555 0100 ")
            .accessCode(" 4242 "),
        new CallSeriesInput()
            .weekday(Weekday.MONDAY)
            .startTime("12:00")
            .startDate(LocalDate.of(2030, 2, 25))
            .intervalWeeks(2)
            .count(3)
            .until(LocalDate.of(2030, 6, 1))
            .topic(" Engagement ")
            .description(" Bring a case ")
            .timeZone(" America/Chicago ")
            .durationMinutes(45)
            .facilitatorUserId(FACILITATOR)
            .audience(org.lcp.api.model.CallAudience.TEAM)
            .teamId(TEAM)
            .mode(org.lcp.api.model.CallMode.PHONE)
            .joinUrl(" https://v.example.org/c ")
            .phoneNumber(" +1 555 0100 ")
            .accessCode(" 4242 "),
        new CallSeriesChange()
            .fromCallId(UUID.randomUUID())
            .weekday(Weekday.MONDAY)
            .startTime("12:00")
            .intervalWeeks(2)
            .until(LocalDate.of(2030, 6, 1))
            .topic(" Engagement ")
            .description(" Bring a case ")
            .timeZone(" America/Chicago ")
            .durationMinutes(45)
            .facilitatorUserId(FACILITATOR)
            .audience(org.lcp.api.model.CallAudience.TEAM)
            .teamId(TEAM)
            .mode(org.lcp.api.model.CallMode.PHONE)
            .joinUrl(" https://v.example.org/c ")
            .phoneNumber(" +1 555 0100 ")
            .accessCode(" 4242 "));
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void everyInputGivesAllElevenDetailsTrimmed(Object input) {
    CallDetails d = CallViews.details(input);
    assertThat(d.topic).isEqualTo("Engagement");
    assertThat(d.description).isEqualTo("Bring a case");
    assertThat(d.timeZone).isEqualTo("America/Chicago");
    assertThat(d.durationMinutes).isEqualTo(45);
    assertThat(d.facilitatorUserId).isEqualTo(FACILITATOR);
    assertThat(d.audience).isEqualTo(CallAudience.TEAM);
    assertThat(d.teamId).isEqualTo(TEAM);
    assertThat(d.mode).isEqualTo(CallMode.PHONE);
    assertThat(d.joinUrl).isEqualTo("https://v.example.org/c");
    assertThat(d.phoneNumber).isEqualTo("+1 555 0100");
    assertThat(d.accessCode).isEqualTo("4242");
  }

  @Test
  void blankOptionalTextIsAbsent() {
    CallDetails d =
        CallViews.details(
            new CallUpdate()
                .start("2030-05-01T10:00")
                .topic("T")
                .timeZone("UTC")
                .durationMinutes(30)
                .facilitatorUserId(FACILITATOR)
                .audience(org.lcp.api.model.CallAudience.COLLABORATIVE)
                .mode(org.lcp.api.model.CallMode.VIDEO)
                .description("  ")
                .joinUrl("https://v.example.org/c"));
    assertThat(d.description).isNull();
    assertThat(d.teamId).isNull();
    assertThat(d.phoneNumber).isNull();
    assertThat(d.accessCode).isNull();
  }

  static CallDetails details() {
    return CallViews.details(inputs().findFirst().orElseThrow());
  }

  @Test
  void callsAndSeriesShowTheirDetailsWithTheNamesGiven() {
    UUID collaborative = UUID.randomUUID();
    Names names =
        new Names(
            Map.of(collaborative, "CPP 2030"),
            Map.of(FACILITATOR, "Felix Trainer"),
            Map.of(TEAM, "Riverside"));
    Call call = new Call();
    call.id = UUID.randomUUID();
    call.collaborativeId = collaborative;
    call.kind = CallKind.CONSULTATION;
    call.state = CallState.SCHEDULED;
    call.created(Instant.parse("2030-01-01T00:00:00Z"));
    Scheduling.place(call, details(), LocalDateTime.of(2030, 3, 11, 12, 0));

    org.lcp.api.model.Call shown = CallViews.toApi(call, names);
    assertThat(shown.getTopic()).isEqualTo("Engagement");
    assertThat(shown.getDescription()).isEqualTo("Bring a case");
    assertThat(shown.getTimeZone()).isEqualTo("America/Chicago");
    assertThat(shown.getDurationMinutes()).isEqualTo(45);
    assertThat(shown.getFacilitatorUserId()).isEqualTo(FACILITATOR);
    assertThat(shown.getFacilitatorName()).isEqualTo("Felix Trainer");
    assertThat(shown.getAudience()).isEqualTo(org.lcp.api.model.CallAudience.TEAM);
    assertThat(shown.getTeamId()).isEqualTo(TEAM);
    assertThat(shown.getTeamName()).isEqualTo("Riverside");
    assertThat(shown.getMode()).isEqualTo(org.lcp.api.model.CallMode.PHONE);
    assertThat(shown.getJoinUrl()).isEqualTo("https://v.example.org/c");
    assertThat(shown.getPhoneNumber()).isEqualTo("+1 555 0100");
    assertThat(shown.getAccessCode()).isEqualTo("4242");
    assertThat(shown.getCollaborativeTitle()).isEqualTo("CPP 2030");
    assertThat(shown.getStart()).isEqualTo("2030-03-11T12:00");
    assertThat(shown.getStartsAt())
        .hasToString("2030-03-11T17:00Z"); // daylight saving time began the day before
    assertThat(shown.getEndsAt()).hasToString("2030-03-11T17:45Z");

    CallSeries series = new CallSeries();
    series.id = UUID.randomUUID();
    series.collaborativeId = collaborative;
    series.kind = CallKind.CONSULTATION;
    series.created(Instant.parse("2030-01-01T00:00:00Z"));
    series.apply(
        new Recurrence.Rule(
            DayOfWeek.MONDAY,
            LocalTime.NOON,
            ZoneId.of("America/Chicago"),
            LocalDate.of(2030, 3, 11),
            2,
            null,
            1),
        details());
    org.lcp.api.model.CallSeries shownSeries = CallViews.toApi(series, List.of(call), names);
    assertThat(shownSeries)
        .usingRecursiveComparison()
        .comparingOnlyFields(
            "topic",
            "description",
            "timeZone",
            "durationMinutes",
            "facilitatorUserId",
            "facilitatorName",
            "audience",
            "teamId",
            "teamName",
            "mode",
            "joinUrl",
            "phoneNumber",
            "accessCode")
        .isEqualTo(shown);
    assertThat(shownSeries.getCalls()).containsExactly(shown);
    assertThat(shownSeries.getWeekday()).isEqualTo(Weekday.MONDAY);
  }
}
