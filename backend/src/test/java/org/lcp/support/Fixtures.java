package org.lcp.support;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Data set up through the API itself, as an admin would. */
public final class Fixtures {

  private Fixtures() {}

  public static String organization(Person admin) {
    return Api.as(admin)
        .body(Map.of("name", "Org " + UUID.randomUUID()))
        .post("/api/organizations")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** Invites a new person to the organisation and returns them, already signed in once. */
  public static Person member(Person admin, String organizationId, String role) {
    Person p = Person.create(role.toLowerCase());
    Api.as(admin)
        .body(Map.of("email", p.email(), "name", p.name(), "role", role))
        .post("/api/organizations/{id}/members", organizationId)
        .then()
        .statusCode(201);
    signIn(p);
    return p;
  }

  /** The person's first call, which makes them known to the platform. */
  public static Person signIn(Person p) {
    Api.as(p).get("/api/me").then().statusCode(200);
    return p;
  }

  /** A collaborative created by this person (admin or faculty), with sensible dates. */
  public static String collaborative(Person creator, String kind) {
    return Api.as(creator)
        .body(
            Map.of(
                "title",
                "Collab " + UUID.randomUUID(),
                "practice",
                "TF-CBT",
                "kind",
                kind,
                "applicationsOpenAt",
                "2027-01-01T00:00:00Z",
                "applicationsCloseAt",
                "2027-02-01T00:00:00Z",
                "startDate",
                "2027-03-01",
                "endDate",
                "2028-03-01"))
        .post("/api/collaboratives")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  public static String collaborative(Person creator) {
    return collaborative(creator, "LEARNING_COLLABORATIVE");
  }

  public static String etag(Person p, String path, Object... params) {
    return Api.as(p).get(path, params).then().statusCode(200).extract().header("ETag");
  }

  /**
   * Moves a collaborative forward to the phases given, step by step, as this person; before each
   * step it completes what the setup checklist still needs for it ({@link #prepare}).
   */
  public static void advance(Person p, String collaborativeId, String... phases) {
    for (String phase : phases) {
      prepare(p, collaborativeId, phase);
      String etag = etag(p, "/api/collaboratives/{id}", collaborativeId);
      Api.as(p)
          .header("If-Match", etag)
          .body(Map.of("to", phase))
          .post("/api/collaboratives/{id}/phase-transitions", collaborativeId)
          .then()
          .statusCode(200);
    }
  }

  /**
   * Does what a lead (or an admin) does before moving a collaborative forward into this phase, for
   * each setup item that is not done yet, and nothing else: a new lead faculty member (admins
   * only), dates and a venue or join link for each unscheduled learning session (on the
   * collaborative's end date, or ten years from now, so that they stay out of the near schedules
   * tests look at), a measure {@code setup-measure}, a consultation call ten years from now.
   */
  public static void prepare(Person p, String collaborativeId, String phase) {
    var setup =
        Api.as(p)
            .get("/api/collaboratives/{id}/setup", collaborativeId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    if (!phase.equals(setup.getString("nextPhase"))) {
      return; // not a step forward: nothing holds it back
    }
    List<String> missing =
        setup.getList("items.findAll { it.requiredBefore == '" + phase + "' && !it.done }.key");
    for (String key : missing) {
      switch (key) {
        case "LEAD_FACULTY" -> {
          Person lead = signIn(Person.faculty());
          Api.as(p)
              .body(Map.of("email", lead.email(), "name", lead.name(), "lead", true))
              .post("/api/collaboratives/{id}/faculty", collaborativeId)
              .then()
              .statusCode(201);
        }
        case "LEARNING_SESSIONS" -> scheduleSessions(p, collaborativeId);
        case "MEASURES" ->
            Api.as(p)
                .body(
                    Map.of(
                        "key",
                        "setup-measure",
                        "name",
                        "Children screened",
                        "type",
                        "COUNT",
                        "direction",
                        "INCREASE"))
                .post("/api/collaboratives/{id}/measures", collaborativeId)
                .then()
                .statusCode(201);
        case "CALLS" -> {
          String leadId =
              Api.as(p)
                  .get("/api/collaboratives/{id}/faculty", collaborativeId)
                  .then()
                  .statusCode(200)
                  .extract()
                  .path("items.find { it.lead }.userId");
          Map<String, Object> call = new HashMap<>();
          call.put("topic", "First community call");
          call.put("start", LocalDate.now(ZoneOffset.UTC).plusYears(10).atTime(15, 0).toString());
          call.put("timeZone", "UTC");
          call.put("durationMinutes", 60);
          call.put("facilitatorUserId", leadId);
          call.put("audience", "COLLABORATIVE");
          call.put("mode", "VIDEO");
          call.put("joinUrl", "https://video.example.org/community");
          Api.as(p)
              .body(call)
              .post("/api/collaboratives/{id}/calls", collaborativeId)
              .then()
              .statusCode(201);
        }
        default -> throw new IllegalStateException(key + " cannot be prepared by the fixtures");
      }
    }
  }

  private static void scheduleSessions(Person p, String collaborativeId) {
    String end =
        Api.as(p)
            .get("/api/collaboratives/{id}", collaborativeId)
            .then()
            .statusCode(200)
            .extract()
            .path("endDate");
    LocalDate day =
        end != null ? LocalDate.parse(end) : LocalDate.now(ZoneOffset.UTC).plusYears(10);
    List<Map<String, Object>> sessions =
        Api.as(p)
            .queryParam("size", 100)
            .get("/api/collaboratives/{id}/learning-sessions", collaborativeId)
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    if (sessions.isEmpty()) {
      Api.as(p)
          .body(
              Map.of(
                  "number",
                  1,
                  "title",
                  "Learning Session 1",
                  "startDate",
                  day.toString(),
                  "mode",
                  "VIRTUAL",
                  "joinUrl",
                  "https://video.example.org/ls1"))
          .post("/api/collaboratives/{id}/learning-sessions", collaborativeId)
          .then()
          .statusCode(201);
      return;
    }
    for (Map<String, Object> s : sessions) {
      boolean virtual = "VIRTUAL".equals(s.get("mode"));
      Object place = virtual ? s.get("joinUrl") : s.get("location");
      if (s.get("startDate") != null && place != null) {
        continue;
      }
      Map<String, Object> body = new HashMap<>(s);
      for (String readOnly : List.of("id", "collaborativeId", "createdAt", "updatedAt")) {
        body.remove(readOnly);
      }
      body.putIfAbsent("startDate", day.toString());
      if (virtual) {
        body.putIfAbsent("joinUrl", "https://video.example.org/ls" + s.get("number"));
      } else {
        body.putIfAbsent("location", "Conference centre");
      }
      Api.as(p)
          .header(
              "If-Match",
              etag(
                  p, "/api/collaboratives/{c}/learning-sessions/{s}", collaborativeId, s.get("id")))
          .body(body)
          .put("/api/collaboratives/{c}/learning-sessions/{s}", collaborativeId, s.get("id"))
          .then()
          .statusCode(200);
    }
  }
}
