package org.lcp.faults;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lcp.support.FaultProxies;
import org.lcp.support.Person;

/**
 * The API in front of a PostgreSQL that goes away (cut), hangs (stall) and comes back (heal),
 * through {@link org.lcp.support.TcpProxy}: an unavailable database is a 503 with Retry-After,
 * logged once per burst; requests after recovery succeed at once; a hung database fails a request
 * within ~10 s and readiness answers within 2 s.
 */
@QuarkusTest
@TestProfile(DatabaseFaultTest.ThroughProxy.class)
class DatabaseFaultTest {

  public static class ThroughProxy implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      // the log as operators see it (same format and filters as the console), to count its lines
      return Map.of(
          "quarkus.datasource.jdbc.url",
          FaultProxies.postgresUrl(),
          "quarkus.log.file.enabled",
          "true",
          "quarkus.log.file.path",
          LOG.toString());
    }
  }

  private static final String LIST = "/api/collaboratives";

  private final FaultProxies.Handle proxy = FaultProxies.postgres();
  private static final Path LOG = Path.of("target", "database-fault-test.log");

  private String admin;

  @BeforeEach
  void start() {
    proxy.heal();
    admin = Person.admin().token();
  }

  @AfterEach
  void stop() {
    proxy.heal();
  }

  private Response list() {
    return given().auth().oauth2(admin).get(LIST);
  }

  private void warmUp() {
    // several pooled connections, all of which the outage will kill
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Thread t = new Thread(() -> list().then().statusCode(200));
      threads.add(t);
      t.start();
    }
    threads.forEach(DatabaseFaultTest::join);
    given().get("/q/health/ready").then().statusCode(200);
  }

  @Test
  void anOutageIsA503WithRetryAfterLoggedOncePerBurstAndTheNextRequestsSucceed() {
    warmUp();
    long logStart = logSize();
    long burstStart = System.nanoTime();
    proxy.cut();
    for (int i = 0; i < 10; i++) {
      Response r = list();
      assertThat(r.statusCode()).as("request %d during the outage", i).isEqualTo(503);
      assertThat(r.contentType()).startsWith("application/problem+json");
      assertThat(r.header("Retry-After")).isEqualTo("5");
      assertThat(r.jsonPath().getString("type")).isEqualTo("/problems/service-unavailable");
      assertThat(r.jsonPath().getInt("status")).isEqualTo(503);
      assertThat(r.jsonPath().getString("detail")).contains("database");
    }
    long start = System.nanoTime();
    given().get("/q/health/ready").then().statusCode(503);
    assertThat(millisSince(start)).as("readiness while the database is gone").isLessThan(2_000);
    pause(1_000); // the pool closes the dead connections in the background
    long burst = millisSince(burstStart);
    List<String> lines = logSince(logStart);
    assertThat(lines)
        .as("no stack trace in the log of an outage")
        .noneMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by"));
    List<String> warnings = lines.stream().filter(l -> l.matches(".* (WARN|ERROR) .*")).toList();
    assertThat(warnings)
        .as("one WARN line per 10 s burst (%d ms of outage), none else", burst)
        .isNotEmpty()
        .hasSizeLessThanOrEqualTo(1 + (int) (burst / 10_000))
        .allMatch(l -> l.contains(" WARN ") && l.contains("the database is unavailable"));
    proxy.heal();
    // the pool still holds connections the outage killed: none of them may reach a request
    for (int i = 0; i < 20; i++) {
      Response r = list();
      assertThat(r.statusCode())
          .as("request %d after recovery: %s", i, r.asString())
          .isEqualTo(200);
    }
    start = System.nanoTime();
    given().get("/q/health/ready").then().statusCode(200);
    assertThat(millisSince(start)).isLessThan(2_000);
  }

  @Test
  void aHungDatabaseFailsARequestWithin10SecondsAndReadinessAnswersWithin2() throws Exception {
    warmUp();
    proxy.stall();
    long start = System.nanoTime();
    Response r = list();
    long took = millisSince(start);
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(503);
    assertThat(r.header("Retry-After")).isEqualTo("5");
    assertThat(took).as("a request against a hung database").isLessThan(12_000);

    start = System.nanoTime();
    given().get("/q/health/ready").then().statusCode(503);
    assertThat(millisSince(start)).as("readiness against a hung database").isLessThan(2_000);

    proxy.heal();
    long deadline = System.nanoTime() + 5_000_000_000L;
    int status;
    do {
      status = given().get("/q/health/ready").statusCode();
    } while (status != 200 && System.nanoTime() < deadline && pause(100));
    assertThat(status).as("readiness after the database answers again").isEqualTo(200);
    list().then().statusCode(200);
  }

  private static boolean pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return true;
  }

  private static long logSize() {
    try {
      return Files.exists(LOG) ? Files.size(LOG) : 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> logSince(long offset) {
    try {
      byte[] all = Files.readAllBytes(LOG);
      String text =
          new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
      return text.lines().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static void join(Thread t) {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
