package org.lcp.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lcp.common.web.PublicUrl;
import org.lcp.support.Person;

/**
 * Absolute URLs (Location, calendar links) start with the configured public URL (%test:
 * https://api.lcp.test), whatever Host or forwarded headers a client sends: a hostile Host would
 * otherwise put the attacker's server into links that people paste into their calendar programs.
 */
@QuarkusTest
class PublicUrlTest {

  static final String BASE = "https://api.lcp.test";

  /** Headers by which a client (or a poisoned cache in front) might try to choose the host. */
  static io.restassured.specification.RequestSpecification hostile(String token) {
    return given()
        .contentType(ContentType.JSON)
        .auth()
        .oauth2(token)
        .header("Host", "evil.example.org:6666")
        .header("X-Forwarded-Host", "evil.example.net")
        .header("X-Forwarded-Proto", "http")
        .header("X-Forwarded-Prefix", "/phish")
        .header("Forwarded", "host=evil.example.com;proto=http");
  }

  @Test
  void aLocationStartsWithTheConfiguredUrlNotTheHostHeader() {
    Person admin = Person.admin();
    var created =
        hostile(admin.token())
            .body(Map.of("name", "Org " + UUID.randomUUID()))
            .post("/api/organizations")
            .then()
            .statusCode(201)
            .extract();
    String id = created.path("id");
    assertThat(created.header("Location")).isEqualTo(BASE + "/api/organizations/" + id);
  }

  @Test
  void calendarLinksStartWithTheConfiguredUrlNotTheHostHeader() {
    Person member = Person.member();
    String token = member.token();
    hostile(token).get("/api/me").then().statusCode(200);
    var links =
        hostile(token).post("/api/me/calendar-feed").then().statusCode(200).extract().jsonPath();
    assertThat(links.getString("scheduleUrl")).startsWith(BASE + "/api/calendar-feeds/");
    assertThat(links.getString("collaborativeUrlTemplate"))
        .startsWith(BASE + "/api/calendar-feeds/");
    // read back without the hostile headers: the same links
    assertThat(
            given()
                .auth()
                .oauth2(token)
                .get("/api/me/calendar-feed")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("feed.scheduleUrl"))
        .isEqualTo(links.getString("scheduleUrl"));
  }

  @Test
  void theBaseIsCheckedAndMayCarryAPrefix() {
    PublicUrl prefixed = new PublicUrl("https://example.org/lcp/");
    assertThat(prefixed.base()).isEqualTo("https://example.org/lcp");
    assertThat(prefixed.of("api", "calendar-feeds", "a b").toString())
        .isEqualTo("https://example.org/lcp/api/calendar-feeds/a%20b");
    assertThat(new PublicUrl("http://localhost:8080").at("/api/x").toString())
        .isEqualTo("http://localhost:8080/api/x");
    assertThatThrownBy(() -> prefixed.at("api/x")).isInstanceOf(IllegalArgumentException.class);
    for (String bad :
        List.of(
            "localhost:8080",
            "ftp://example.org",
            "https://example.org/?x=1",
            "https://example.org/#top",
            "https://user:secret@example.org",
            "/api",
            "https://exa mple.org")) {
      assertThatThrownBy(() -> new PublicUrl(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("LCP_PUBLIC_URL");
    }
  }

  /** No code builds a URL from the request again: PublicUrl is the one place. */
  @Test
  void noOtherCodeBuildsUrlsFromTheRequest() throws IOException {
    List<String> found;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      found =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .flatMap(
                  f -> {
                    try {
                      String text = Files.readString(f);
                      return Stream.of(
                              "getBaseUri",
                              "getAbsolutePath",
                              "getRequestUri",
                              "absoluteURI",
                              "X-Forwarded-Host")
                          .filter(text::contains)
                          .map(m -> f + " uses " + m);
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .toList();
    }
    assertThat(found).isEmpty();
  }
}
