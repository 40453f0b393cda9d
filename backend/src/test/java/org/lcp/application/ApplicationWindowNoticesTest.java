package org.lcp.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;
import org.lcp.support.RecordedNotices;

/**
 * Applications opening and closing soon are told to the organisations that registered interest in
 * an informational call (and those that started an application), once each; nobody else.
 */
@QuarkusTest
class ApplicationWindowNoticesTest {

  @Inject ApplicationWindowNotices notices;

  final Person admin = Person.admin();

  @Test
  void registeredOrganisationsAreToldOfTheOpeningAndOfTheCloseOnce() {
    Person lead = Fixtures.signIn(Person.faculty());
    Instant closeAt = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    Map<String, Object> body = new HashMap<>();
    body.put("title", "Window " + UUID.randomUUID());
    body.put("practice", "TF-CBT");
    body.put("kind", "LEARNING_COLLABORATIVE");
    body.put("applicationsOpenAt", Instant.now().minus(1, ChronoUnit.DAYS).toString());
    body.put("applicationsCloseAt", closeAt.toString());
    String collaborative =
        Api.as(lead)
            .body(body)
            .post("/api/collaboratives")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Fixtures.advance(lead, collaborative, "ANNOUNCED");
    String leadId = Api.as(lead).get("/api/me").then().extract().path("userId");
    String registered = Fixtures.organization(admin);
    String other = Fixtures.organization(admin);
    Person r = Fixtures.member(admin, registered, "SENIOR_LEADER");
    Person o = Fixtures.member(admin, other, "SENIOR_LEADER");
    Map<String, Object> call = new HashMap<>();
    call.put("kind", "INFORMATIONAL");
    call.put("topic", "What the collaborative asks of a site");
    call.put(
        "start",
        LocalDateTime.now(ZoneId.of("America/New_York"))
            .plusHours(48)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
    call.put("timeZone", "America/New_York");
    call.put("durationMinutes", 60);
    call.put("facilitatorUserId", leadId);
    call.put("audience", "COLLABORATIVE");
    call.put("mode", "VIDEO");
    call.put("joinUrl", "https://video.example.org/info");
    String info =
        Api.as(lead)
            .body(call)
            .post("/api/collaboratives/{c}/calls", collaborative)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.as(r)
        .body(
            Map.of(
                "organizationId",
                registered,
                "attendees",
                List.of(Map.of("name", "Ann Able", "email", "ann@a.example.org"))))
        .post("/api/calls/{id}/registrations", info)
        .then()
        .statusCode(201);

    // the move to APPLICATIONS_OPEN tells them at once (the window has begun)
    Fixtures.advance(lead, collaborative, "APPLICATIONS_OPEN");
    String link = "/collaboratives/" + collaborative;
    assertThat(RecordedNotices.of("collaborative.window-open", link)).hasSize(1);
    assertThat(RecordedNotices.of("collaborative.window-open", link).get(0).recipients())
        .contains(RecordedNotices.userId(r))
        .doesNotContain(RecordedNotices.userId(o), RecordedNotices.userId(lead));
    assertThat(RecordedNotices.rows(r, "collaborative.window-open")).isEqualTo(1);
    notices.run(Instant.now());
    notices.run(Instant.now());
    assertThat(RecordedNotices.rows(r, "collaborative.window-open")).isEqualTo(1);
    assertThat(RecordedNotices.rows(o, "collaborative.window-open")).isZero();

    // too early for the closing notice; then three days before the close, once
    notices.run(closeAt.minus(Duration.ofDays(5)));
    assertThat(RecordedNotices.rows(r, "collaborative.window-closing")).isZero();
    notices.run(closeAt.minus(Duration.ofDays(2)));
    notices.run(closeAt.minus(Duration.ofDays(1)));
    assertThat(RecordedNotices.rows(r, "collaborative.window-closing")).isEqualTo(1);
    assertThat(RecordedNotices.rows(o, "collaborative.window-closing")).isZero();
    assertThat(RecordedNotices.of("collaborative.window-closing", link).get(0).body())
        .contains("close on");
  }
}
