package org.lcp.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lcp.common.web.Text;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Person;

/**
 * Organisation names are NFC-normalised and trimmed of invisible characters, and a name that reads
 * like another organisation's (a Cyrillic letter, a word joiner) is refused 409; searching names
 * matches %, _ and \ literally.
 */
@QuarkusTest
class OrganizationNamesTest {

  final Person admin = Person.admin();

  @Inject OrganizationSkeletons skeletons;

  String create(String name) {
    return Api.as(admin)
        .body(Map.of("name", name))
        .post("/api/organizations")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void namesAreNormalisedAndTrimmed() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    // e + combining acute (NFD) becomes é (NFC); spaces and zero-width characters at the ends go
    Api.as(admin)
        .body(Map.of("name", "\u200b  Cafe\u0301 " + tag + " \u2060\u00a0", "city", "Zu\u0308rich"))
        .post("/api/organizations")
        .then()
        .statusCode(201)
        .body("name", equalTo("Caf\u00e9 " + tag))
        .body("city", equalTo("Z\u00fcrich"));
  }

  @Test
  void aLookAlikeOfAnotherOrganisationsNameIsRefused() {
    String tag = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "x");
    String name = "Lakeside Health " + tag;
    String id = create(name);
    long before = Db.count("select count(*) from organization");
    for (String lookAlike :
        List.of(
            "Lak\u0435side Health " + tag, // Cyrillic е
            "Lake\u2060side Health " + tag, // word joiner
            "Lake\u200bside Health " + tag, // zero-width space
            "LAKESIDE  HEALTH " + tag.toUpperCase(), // case and a double space
            "\u13DEakeside Health " + tag)) { // Cherokee letter that looks like L
      Api.badInput(admin)
          .body(Map.of("name", lookAlike))
          .post("/api/organizations")
          .then()
          .statusCode(409)
          .contentType("application/problem+json")
          .body("detail", containsString(name))
          .body("detail", containsString(id));
    }
    assertThat(Db.count("select count(*) from organization")).isEqualTo(before);
    // renaming another organisation to a look-alike is refused the same way
    String other = create("Hillside Clinic " + tag);
    Api.badInput(admin)
        .header("If-Match", "\"0\"")
        .body(Map.of("name", "Lak\u0435side Health " + tag))
        .put("/api/organizations/{id}", other)
        .then()
        .statusCode(409)
        .body("type", equalTo("/problems/look-alike-name"));
    // the organisation itself may keep its name
    Api.as(admin)
        .header("If-Match", "\"0\"")
        .body(Map.of("name", name, "city", "Springfield"))
        .put("/api/organizations/{id}", id)
        .then()
        .statusCode(200);
  }

  @Test
  void twoLookAlikesCannotBothBeStoredAndOlderOrganisationsGetTheirSkeleton() {
    String tag = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "y");
    create("Northgate " + tag);
    // ɡ (Latin small script g) reads as g: the same skeleton, which the database keeps unique
    String skeleton = Text.skeleton("North\u0261ate " + tag);
    assertThat(skeleton).isEqualTo(Text.skeleton("Northgate " + tag));
    assertThatThrownBy(
            () ->
                Db.execute(
                    "insert into organization (id, name, name_skeleton, created_at, updated_at)"
                        + " values (gen_random_uuid(), 'North\u0261ate "
                        + tag
                        + "', '"
                        + skeleton
                        + "', now(), now())"))
        .hasStackTraceContaining("organization_name_skeleton_uq");
    // organisations written before V7 (no skeleton) get theirs at start-up; of two that already
    // look alike, the second keeps none (and is logged for renaming)
    String older = UUID.randomUUID().toString();
    String olderTwin = UUID.randomUUID().toString();
    Db.execute(
        "insert into organization (id, name, created_at, updated_at) values ('"
            + older
            + "', 'Eastfield "
            + tag
            + "', now() - interval '1 day', now()), ('"
            + olderTwin
            + "', 'East\u200bfield "
            + tag
            + "', now(), now())");
    int written = QuarkusTransaction.requiringNew().call(skeletons::fill);
    assertThat(written).isGreaterThanOrEqualTo(1);
    assertThat(
            Db.count(
                "select count(*) from organization where id = '"
                    + older
                    + "' and name_skeleton = '"
                    + Text.skeleton("Eastfield " + tag)
                    + "'"))
        .isEqualTo(1);
    assertThat(
            Db.count(
                "select count(*) from organization where id = '"
                    + olderTwin
                    + "' and name_skeleton is null"))
        .isEqualTo(1);
    Api.badInput(admin)
        .body(Map.of("name", "E\u0430stfield " + tag)) // Cyrillic а
        .post("/api/organizations")
        .then()
        .statusCode(409)
        .body("detail", containsString(older));
  }

  @Test
  void searchMatchesWildcardsLiterally() {
    String tag = UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "z");
    create("Percent 100% " + tag);
    create("Percent 100x " + tag);
    create("Under a_b " + tag);
    create("Under axb " + tag);
    create("Slash c\\d " + tag);
    create("Slash cd " + tag);
    search("100% " + tag).body("items.name", contains("Percent 100% " + tag));
    search("a_b " + tag).body("items.name", contains("Under a_b " + tag));
    search("c\\d " + tag).body("items.name", contains("Slash c\\d " + tag));
    search("%" + tag).body("items", empty());
    search("_ " + tag).body("items", empty());
    search("\\").body("items.name", contains("Slash c\\d " + tag));
  }

  io.restassured.response.ValidatableResponse search(String q) {
    return Api.as(admin).queryParam("q", q).get("/api/organizations").then().statusCode(200);
  }
}
