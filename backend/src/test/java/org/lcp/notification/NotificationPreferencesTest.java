package org.lcp.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;
import org.lcp.support.TestTokens;

/** Preferences per topic, marking all read, and unsubscribe links that work signed out. */
@QuarkusTest
class NotificationPreferencesTest {

  @Inject Event<Notify> notify;
  @Inject UnsubscribeLinks links;

  static UUID userOf(Person p) {
    Fixtures.signIn(p);
    return UUID.fromString(Db.text("select id from app_user where email = '" + p.email() + "'"));
  }

  void tell(UUID user, String kind) {
    QuarkusTransaction.requiringNew()
        .run(() -> notify.fire(new Notify(List.of(user), kind, "Title " + kind, "Body", "/x")));
  }

  static long outboxRows(Person p) {
    return Db.count("select count(*) from mail_outbox where recipient = '" + p.email() + "'");
  }

  @Test
  void everyTopicHasItsDefaultUntilThePersonChooses() {
    Person p = Person.member();
    Api.as(p)
        .get("/api/me/notification-preferences")
        .then()
        .statusCode(200)
        .body("mailEnabled", equalTo(true))
        .body(
            "items.topic",
            contains(
                "application",
                "review",
                "metrics",
                "schedule",
                "attendance",
                "collaborative",
                "community",
                "announcements",
                "other"))
        .body(
            "items.delivery",
            contains(
                "EMAIL",
                "EMAIL",
                "EMAIL",
                "EMAIL",
                "DAILY_DIGEST",
                "DAILY_DIGEST",
                "EMAIL",
                "DAILY_DIGEST",
                "EMAIL"))
        .body("items.find { it.topic == 'attendance' }.defaultDelivery", equalTo("DAILY_DIGEST"));
  }

  @Test
  void aPersonChangesSomeTopicsAndTheOthersKeepTheirs() {
    Person p = Person.member();
    Person other = Person.member();
    Api.as(p)
        .header("If-Match", Fixtures.etag(p, "/api/me/notification-preferences"))
        .body(
            Map.of(
                "preferences",
                List.of(
                    Map.of("topic", "metrics", "delivery", "WEEKLY_DIGEST"),
                    Map.of("topic", "review", "delivery", "IN_APP"))))
        .put("/api/me/notification-preferences")
        .then()
        .statusCode(200)
        .body("items.find { it.topic == 'metrics' }.delivery", equalTo("WEEKLY_DIGEST"))
        .body("items.find { it.topic == 'metrics' }.defaultDelivery", equalTo("EMAIL"))
        .body("items.find { it.topic == 'review' }.delivery", equalTo("IN_APP"))
        .body("items.find { it.topic == 'application' }.delivery", equalTo("EMAIL"));
    Api.as(p)
        .get("/api/me/notification-preferences")
        .then()
        .body("items.find { it.topic == 'metrics' }.delivery", equalTo("WEEKLY_DIGEST"));
    // their own only
    Api.as(other)
        .get("/api/me/notification-preferences")
        .then()
        .body("items.find { it.topic == 'metrics' }.delivery", equalTo("EMAIL"));
  }

  @Test
  void theDeliveryDecidesWhetherAnEmailIsWritten() {
    Person p = Person.member();
    UUID user = userOf(p);
    Api.as(p)
        .header("If-Match", Fixtures.etag(p, "/api/me/notification-preferences"))
        .body(
            Map.of(
                "preferences",
                List.of(
                    Map.of("topic", "review", "delivery", "IN_APP"),
                    Map.of("topic", "schedule", "delivery", "DAILY_DIGEST"))))
        .put("/api/me/notification-preferences")
        .then()
        .statusCode(200);
    tell(user, "review.assigned");
    tell(user, "schedule.moved");
    assertThat(outboxRows(p)).isZero();
    assertThat(
            Db.count(
                "select count(*) from notification where user_id = '"
                    + user
                    + "' and awaiting_digest and kind = 'schedule.moved'"))
        .isEqualTo(1);
    tell(user, "application.accepted");
    assertThat(outboxRows(p)).isEqualTo(1);
  }

  @Test
  void aSaveFromAStaleFormIsRefusedAndChangesNothing() {
    Person p = Person.member();
    String path = "/api/me/notification-preferences";
    Map<String, Object> weekly =
        Map.of("preferences", List.of(Map.of("topic", "metrics", "delivery", "WEEKLY_DIGEST")));
    String first = Fixtures.etag(p, path);
    assertThat(first).matches("\"p-[A-Za-z0-9_-]{22}\"");
    // without If-Match: 428
    Api.as(p).body(weekly).put(path).then().statusCode(428).contentType("application/problem+json");
    // the form saves: a new ETag, the one a GET gives
    String saved =
        Api.as(p)
            .header("If-Match", first)
            .body(weekly)
            .put(path)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    assertThat(saved).isNotEqualTo(first).isEqualTo(Fixtures.etag(p, path));
    // an unsubscribe link turns metrics to in-app: a form read before it is stale
    String token = links.token(userOf(p), List.of("metrics"), Instant.now());
    Api.open()
        .contentType("application/x-www-form-urlencoded")
        .formParam("List-Unsubscribe", "One-Click")
        .post("/api/unsubscribe/{t}", token)
        .then()
        .statusCode(200);
    Api.as(p)
        .header("If-Match", saved)
        .body(weekly)
        .put(path)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    Api.as(p)
        .get(path)
        .then()
        .body("items.find { it.topic == 'metrics' }.delivery", equalTo("IN_APP"));
    // another person's ETag for the same settings is the same text, but only names their own
    Person other = Person.member();
    assertThat(Fixtures.etag(other, path)).isEqualTo(first);
  }

  @Test
  void unknownTopicsAndDeliveriesAreRefusedNamingTheField() {
    Person p = Person.member();
    Api.badInput(p)
        .header("If-Match", Fixtures.etag(p, "/api/me/notification-preferences"))
        .body(Map.of("preferences", List.of(Map.of("topic", "gossip", "delivery", "EMAIL"))))
        .put("/api/me/notification-preferences")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("preferences[0].topic"));
    Api.badInput(p)
        .header("If-Match", Fixtures.etag(p, "/api/me/notification-preferences"))
        .body(Map.of("preferences", List.of(Map.of("topic", "metrics", "delivery", "PIGEON"))))
        .put("/api/me/notification-preferences")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("preferences[0].delivery"));
    Api.badInput(p)
        .header("If-Match", Fixtures.etag(p, "/api/me/notification-preferences"))
        .body(
            Map.of(
                "preferences",
                List.of(
                    Map.of("topic", "metrics", "delivery", "EMAIL"),
                    Map.of("topic", "metrics", "delivery", "IN_APP"))))
        .put("/api/me/notification-preferences")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("preferences[1].topic"));
    Api.badInput(p)
        .header("If-Match", Fixtures.etag(p, "/api/me/notification-preferences"))
        .body(Map.of("preferences", List.of()))
        .put("/api/me/notification-preferences")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("preferences"));
    // nothing was saved
    Api.as(p)
        .get("/api/me/notification-preferences")
        .then()
        .body("items.find { it.topic == 'metrics' }.delivery", equalTo("EMAIL"));
  }

  @Test
  void signedOutCallersAndDataSystemsHaveNoPreferences() {
    Api.anonymous().get("/api/me/notification-preferences").then().statusCode(401);
    Api.anonymous()
        .body(Map.of("preferences", List.of(Map.of("topic", "metrics", "delivery", "EMAIL"))))
        .put("/api/me/notification-preferences")
        .then()
        .statusCode(401);
    Api.anonymous().post("/api/me/notifications/read-all").then().statusCode(401);
    String machine = TestTokens.machine("nobody-" + UUID.randomUUID());
    Api.as(machine).get("/api/me/notification-preferences").then().statusCode(403);
    Api.as(machine).post("/api/me/notifications/read-all").then().statusCode(403);
  }

  @Test
  void markAllReadMarksTheCallersUnreadOnesAndSaysHowMany() {
    Person p = Person.member();
    Person other = Person.member();
    UUID user = userOf(p);
    UUID otherUser = userOf(other);
    tell(user, "other.one");
    tell(user, "other.two");
    tell(otherUser, "other.three");
    String first = Api.as(p).get("/api/me/notifications").then().extract().path("items[0].id");
    Api.as(p).post("/api/me/notifications/{id}/read", first).then().statusCode(200);

    Api.as(p)
        .post("/api/me/notifications/read-all")
        .then()
        .statusCode(200)
        .body("marked", equalTo(1));
    Api.as(p).get("/api/me/notifications").then().body("unread", equalTo(0));
    Api.as(p).post("/api/me/notifications/read-all").then().body("marked", equalTo(0));
    Api.as(other).get("/api/me/notifications").then().body("unread", equalTo(1));
  }

  // ---- unsubscribe ----

  @Test
  void anUnsubscribeLinkWorksSignedOutAndStopsEmailForItsTopic() {
    Person p = Person.member();
    UUID user = userOf(p);
    String token = links.token(user, List.of("metrics"), Instant.now());

    Api.open()
        .get("/api/unsubscribe/{t}", token)
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .body("items.topic", contains("metrics"))
        .body("items[0].delivery", equalTo("EMAIL"))
        .body("email", equalTo(p.email().charAt(0) + "***@test.example.org"));
    // GET changes nothing
    tell(user, "metrics.overdue");
    assertThat(outboxRows(p)).isEqualTo(1);

    // one click, as a mail program sends it (RFC 8058)
    Api.open()
        .contentType("application/x-www-form-urlencoded")
        .formParam("List-Unsubscribe", "One-Click")
        .post("/api/unsubscribe/{t}", token)
        .then()
        .statusCode(200)
        .body("items[0].delivery", equalTo("IN_APP"));
    Api.as(p)
        .get("/api/me/notification-preferences")
        .then()
        .body("items.find { it.topic == 'metrics' }.delivery", equalTo("IN_APP"))
        .body("items.find { it.topic == 'application' }.delivery", equalTo("EMAIL"));
    tell(user, "metrics.overdue");
    assertThat(outboxRows(p)).isEqualTo(1); // in the app only now
    // again: nothing changes
    Api.open()
        .contentType("application/x-www-form-urlencoded")
        .formParam("List-Unsubscribe", "One-Click")
        .post("/api/unsubscribe/{t}", token)
        .then()
        .statusCode(200)
        .body("items[0].delivery", equalTo("IN_APP"));
  }

  @Test
  void aTamperedOrExpiredLinkIsRefusedNamingTheToken() {
    Person p = Person.member();
    UUID user = userOf(p);
    String token = links.token(user, List.of("metrics"), Instant.now());
    // another person's id in the payload, with the first person's signature
    Person q = Person.member();
    UUID other = userOf(q);
    String forged =
        links.token(other, List.of("metrics"), Instant.now()).split("\\.")[0]
            + "."
            + token.split("\\.")[1];
    String expired =
        links.sign(user, List.of("metrics"), Instant.now().minus(1, ChronoUnit.MINUTES));
    for (String bad : List.of(forged, expired, token.substring(0, token.length() - 2) + "xx")) {
      Api.anonymous()
          .get("/api/unsubscribe/{t}", bad)
          .then()
          .statusCode(400)
          .body("type", equalTo("/problems/validation"))
          .body("violations[0].field", equalTo("unsubscribeToken"));
      Api.anonymous()
          .contentType("application/x-www-form-urlencoded")
          .formParam("List-Unsubscribe", "One-Click")
          .post("/api/unsubscribe/{t}", bad)
          .then()
          .statusCode(400)
          .body("violations[0].field", equalTo("unsubscribeToken"));
    }
    Api.anonymous()
        .get("/api/unsubscribe/{t}", expired)
        .then()
        .body("violations[0].message", org.hamcrest.Matchers.containsString("expired"));
    Api.as(q)
        .get("/api/me/notification-preferences")
        .then()
        .body("items.find { it.topic == 'metrics' }.delivery", equalTo("EMAIL"));
    Api.as(p)
        .get("/api/me/notification-preferences")
        .then()
        .body("items.find { it.topic == 'metrics' }.delivery", equalTo("EMAIL"));
  }
}
