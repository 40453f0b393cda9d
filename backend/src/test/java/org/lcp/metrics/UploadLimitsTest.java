package org.lcp.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lcp.support.Api;
import org.lcp.support.Db;
import org.lcp.support.Fixtures;
import org.lcp.support.Person;

/**
 * Uploads in bounded memory and bounded number: many rows across chunk boundaries (the test profile
 * writes 7 rows a chunk), body limits that hold for chunked bodies, the limit on uploads at once,
 * the 32-character bound on numeric cells and the CSV export's formula neutralisation.
 */
@QuarkusTest
class UploadLimitsTest {

  static final YearMonth NOW = YearMonth.now(ZoneOffset.UTC);

  final Person admin = Person.admin();
  Person lead;
  String collaborative;
  String org;
  Person member;

  @BeforeEach
  void setUp() {
    lead = Fixtures.signIn(Person.faculty());
    collaborative = Fixtures.collaborative(lead);
    org = Fixtures.organization(admin);
    member = Fixtures.member(admin, org, "DATA_CONTACT");
    Db.execute(
        "insert into team (id, collaborative_id, organization_id, enrolled_at) values ('"
            + UUID.randomUUID()
            + "', '"
            + collaborative
            + "', '"
            + org
            + "', now())");
    Fixtures.advance(lead, collaborative, "ANNOUNCED");
    for (String key : List.of("long", "m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9")) {
      Api.as(lead)
          .body(
              Map.of(
                  "key",
                  key,
                  "name",
                  "Measure " + key,
                  "type",
                  "COUNT",
                  "direction",
                  "INCREASE",
                  "lockAfterDays",
                  3650))
          .post("/api/collaboratives/{id}/measures", collaborative)
          .then()
          .statusCode(201);
    }
  }

  /** Row {@code i} of a thousand distinct cells: ten measures by a hundred months. */
  static Map<String, Object> cell(int i, Object value) {
    Map<String, Object> m = row((i - 1) / 10 + 1, value);
    m.put("measureKey", "m" + (i % 10));
    return m;
  }

  static Map<String, Object> row(int monthsAgo, Object value) {
    Map<String, Object> m = new HashMap<>();
    m.put("measureKey", "long");
    m.put("period", NOW.minusMonths(monthsAgo).toString());
    m.put("value", value);
    return m;
  }

  long stored() {
    return Db.count(
        "select count(*) from metric_value v join measure m on m.id = v.measure_id "
            + "where m.collaborative_id = '"
            + collaborative
            + "'");
  }

  @Test
  void aThousandRowsImportAcrossChunkBoundariesAllOrNothing() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 1; i <= 1000; i++) {
      rows.add(cell(i, i));
    }
    // atomic: one bad row in the last chunk and one repeat of a cell from the first chunk refuse
    // everything, though every chunk before was already copied
    List<Map<String, Object>> bad = new ArrayList<>(rows);
    bad.set(996, cell(997, -1));
    bad.set(999, cell(3, 5));
    Api.badInput(member)
        .body(bad)
        .post("/api/collaboratives/{c}/metric-imports", collaborative)
        .then()
        .statusCode(422)
        .body("received", equalTo(1000))
        .body("written", equalTo(false))
        .body("created", equalTo(998))
        .body("rejected", equalTo(2))
        .body("rejections.row", contains(997, 1000))
        .body("rejections[1].code", equalTo("DUPLICATE"));
    assertThat(stored()).isZero();

    Api.badInput(member)
        .body(rows)
        .post("/api/collaboratives/{c}/metric-imports", collaborative)
        .then()
        .statusCode(200)
        .body("received", equalTo(1000))
        .body("created", equalTo(1000))
        .body("rejected", equalTo(0));
    assertThat(stored()).isEqualTo(1000);
    assertThat(
            Db.count(
                "select sum(v.value)::bigint from metric_value v join measure m on m.id ="
                    + " v.measure_id where m.collaborative_id = '"
                    + collaborative
                    + "'"))
        .isEqualTo(500500);
    assertThat(
            Db.count(
                "select count(*) from metric_value_revision r join measure m on m.id ="
                    + " r.measure_id where m.collaborative_id = '"
                    + collaborative
                    + "'"))
        .isEqualTo(1000);

    // partial, again: every 10th row changes, the rest repeat, rejections counted and listed
    List<Map<String, Object>> again = new ArrayList<>();
    for (int i = 1; i <= 1000; i++) {
      again.add(cell(i, i % 10 == 0 ? i + 1 : i));
    }
    again.set(499, cell(500, "x"));
    Api.badInput(member)
        .body(again)
        .post("/api/collaboratives/{c}/metric-imports?mode=partial", collaborative)
        .then()
        .statusCode(200)
        .body("updated", equalTo(99))
        .body("unchanged", equalTo(900))
        .body("rejected", equalTo(1))
        .body("rejections", hasSize(1))
        .body("rejections[0].row", equalTo(500));
  }

  @Test
  void aNumericCellLongerThan32CharactersIsARowLevelRefusal() {
    String csv =
        "measureKey,period,value\n"
            + "long,"
            + NOW.minusMonths(1)
            + ",1\n"
            + "long,"
            + NOW.minusMonths(2)
            + ","
            + "1".repeat(33)
            + "\n";
    Api.badInput(member)
        .contentType("text/csv")
        .body(csv)
        .post("/api/collaboratives/{c}/metric-imports?mode=partial", collaborative)
        .then()
        .statusCode(200)
        .body("created", equalTo(1))
        .body("rejected", equalTo(1))
        .body("rejections[0].row", equalTo(2))
        .body("rejections[0].field", equalTo("value"))
        .body("rejections[0].code", equalTo("MALFORMED"))
        .body("rejections[0].message", equalTo("has 33 characters; a number takes at most 32"));
  }

  @Test
  void theExportNeutralisesFormulasAndUploadsAgainUnchanged() {
    String name = "=HYPERLINK(\"http://x.invalid\",\"Click\")";
    Db.execute(
        "update organization set name = '"
            + name.replace("'", "''")
            + "' where id = '"
            + org
            + "'");
    Api.badInput(member)
        .body(List.of(row(1, 3), row(2, -0.0 + 4)))
        .post("/api/collaboratives/{c}/metric-imports", collaborative)
        .then()
        .statusCode(200);
    String csv =
        Api.as(member)
            .accept("text/csv")
            .get("/api/collaboratives/{c}/metric-values/export", collaborative)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String[] lines = csv.split("\r\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[1])
        .startsWith(org + ",\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"Click\"\")\",long,");
    assertThat(csv).doesNotContain(",=").doesNotContain(",\"=");
    Api.badInput(member)
        .contentType("text/csv")
        .body(csv)
        .post("/api/collaboratives/{c}/metric-imports", collaborative)
        .then()
        .statusCode(200)
        .body("received", equalTo(2))
        .body("unchanged", equalTo(2));
  }

  // ---- chunked bodies and uploads at once ----------------------------------------------------

  /** A raw HTTP/1.1 exchange: headers, then the body in chunks; the answer as read. */
  static final class Exchange implements AutoCloseable {
    final Socket socket;
    final OutputStream out;
    final CompletableFuture<String> answer;
    final StringBuffer received = new StringBuffer();

    Exchange(String method, String path, String token, String type) throws IOException {
      socket = new Socket("127.0.0.1", RestAssured.port);
      out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      answer =
          CompletableFuture.supplyAsync(
              () -> {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                byte[] buf = new byte[8192];
                try {
                  for (int n; (n = in.read(buf)) > 0; ) {
                    b.write(buf, 0, n);
                    received.setLength(0);
                    received.append(b.toString(StandardCharsets.UTF_8));
                    if (complete(b.toString(StandardCharsets.UTF_8))) {
                      break;
                    }
                  }
                } catch (IOException e) {
                  // the server closed the connection after its answer
                }
                return b.toString(StandardCharsets.UTF_8);
              });
      String head =
          method
              + " "
              + path
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
              + token
              + "\r\nContent-Type: "
              + type
              + "\r\nAccept: application/json, application/problem+json"
              + "\r\nTransfer-Encoding: chunked\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }

    /** The whole answer is in once its body (Content-Length) has arrived. */
    static boolean complete(String s) {
      int end = s.indexOf("\r\n\r\n");
      if (end < 0) {
        return false;
      }
      var m = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(s);
      return m.find() && s.length() - end - 4 >= Integer.parseInt(m.group(1));
    }

    /** Sends a chunk; false once the server stopped taking the body. */
    boolean chunk(String data) {
      try {
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return true;
      } catch (IOException e) {
        return false;
      }
    }

    void end() throws IOException {
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }

    /** The answer, or what arrived of it within 20 seconds. */
    String answer() throws Exception {
      try {
        return answer.get(20, TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        return "(incomplete) " + received;
      }
    }

    /** Sends {@code block} up to {@code times} times, until the server answers; its answer. */
    String chunksUntilAnswered(String block, int times) throws Exception {
      for (int i = 0; i < times && chunk(block); i++) {
        if (answer.isDone()) {
          break;
        }
      }
      return answer();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  @Test
  void aChunkedBodyOverTheRoutesLimitIsRefusedWith413() throws Exception {
    // a JSON route takes 1 MiB: 10 MB sent without a Content-Length
    try (Exchange x =
        new Exchange("POST", "/api/organizations", admin.token(), "application/json")) {
      x.chunk("{\"name\":\"");
      String answer = x.chunksUntilAnswered("x".repeat(64 * 1024), 160);
      assertThat(answer).startsWith("HTTP/1.1 413");
      assertThat(answer).contains("application/problem+json");
      assertThat(answer).contains("this endpoint takes at most 1048576 bytes");
    }
    assertThat(Db.count("select count(*) from organization where length(name) > 1000")).isZero();
    // a chunked JSON body within the limit is served as before
    try (Exchange x =
        new Exchange("POST", "/api/organizations", admin.token(), "application/json")) {
      x.chunk("{\"name\":");
      x.chunk("\"Chunked " + UUID.randomUUID() + "\"}");
      x.end();
      assertThat(x.answer()).startsWith("HTTP/1.1 201");
    }
  }

  @Test
  void aChunkedUploadOverItsLimitIsRefusedWith413() throws Exception {

    // an upload takes lcp.metrics.max-upload-bytes (2 MiB here): 3 MB of CSV without one
    try (Exchange x =
        new Exchange(
            "POST",
            "/api/collaboratives/" + collaborative + "/metric-imports",
            member.token(),
            "text/csv")) {
      x.chunk("measureKey,period,value\n");
      String line = "long," + NOW.minusMonths(1) + ",1\n";
      String answer = x.chunksUntilAnswered(line.repeat(64 * 1024 / line.length()), 48);
      assertThat(answer).startsWith("HTTP/1.1 413");
      assertThat(answer).contains("application/problem+json");
      assertThat(answer).contains("this endpoint takes at most 2097152 bytes");
    }
    assertThat(stored()).isZero();

    // a chunked body within the limit is served as before
    try (Exchange x =
        new Exchange(
            "POST",
            "/api/collaboratives/" + collaborative + "/metric-imports",
            member.token(),
            "text/csv")) {
      x.chunk("measureKey,period,value\n");
      x.chunk("long," + NOW.minusMonths(1) + ",1\n");
      x.end();
      assertThat(x.answer()).startsWith("HTTP/1.1 200").contains("\"created\":1");
    }
  }

  @Test
  void uploadsBeyondTheLimitAtOnceAreAnswered503WithRetryAfter() throws Exception {
    String path = "/api/collaboratives/" + collaborative + "/metric-imports";
    // two uploads in progress (the test profile's limit): their bodies are not finished
    try (Exchange first = new Exchange("POST", path, member.token(), "text/csv");
        Exchange second = new Exchange("POST", path, member.token(), "text/csv")) {
      first.chunk("measureKey,period,value\n");
      second.chunk("measureKey,period,value\n");
      Thread.sleep(300);
      Api.badInput(member)
          .contentType("text/csv")
          .body("measureKey,period,value\nlong," + NOW.minusMonths(1) + ",1\n")
          .post(path)
          .then()
          .statusCode(503)
          .contentType("application/problem+json")
          .header("Retry-After", "10")
          .body("type", equalTo("/problems/service-unavailable"))
          .body("detail", startsWith("this server is already processing 2 uploads, its limit"));
      // other requests are not limited
      Api.as(member)
          .get("/api/collaboratives/{c}/metric-values", collaborative)
          .then()
          .statusCode(200);
      // the first one finishes, the second one's client goes away: both places are free again
      first.chunk("long," + NOW.minusMonths(1) + ",1\n");
      first.end();
      assertThat(first.answer()).startsWith("HTTP/1.1 200");
    }
    for (int attempt = 0; ; attempt++) {
      int status =
          Api.badInput(member)
              .contentType("text/csv")
              .body("measureKey,period,value\nlong," + NOW.minusMonths(2) + ",2\n")
              .post(path)
              .then()
              .extract()
              .statusCode();
      if (status == 200 || attempt == 50) {
        assertThat(status).isEqualTo(200);
        break;
      }
      Thread.sleep(100);
    }
    assertThat(stored()).isEqualTo(2);
  }
}
