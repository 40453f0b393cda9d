package org.lcp.support;

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

  /** Moves a collaborative forward to the phase given, step by step, as this person. */
  public static void advance(Person p, String collaborativeId, String... phases) {
    for (String phase : phases) {
      String etag = etag(p, "/api/collaboratives/{id}", collaborativeId);
      Api.as(p)
          .header("If-Match", etag)
          .body(Map.of("to", phase))
          .post("/api/collaboratives/{id}/phase-transitions", collaborativeId)
          .then()
          .statusCode(200);
    }
  }
}
