package org.lcp.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The messages a real SMTP server received: GreenMail standalone, started by make test
 * (infra/scripts/mail.sh), read back through its REST API ({@code LCP_MAIL_API_URL}, default
 * http://127.0.0.1:8025). Nothing here sends or fakes mail.
 */
public final class Mailbox {

  public static final String API =
      System.getenv().getOrDefault("LCP_MAIL_API_URL", "http://127.0.0.1:8025");

  /** One received message: its subject and its whole MIME text. */
  public record Message(String subject, String mime) {}

  private Mailbox() {}

  /** The messages received for this address, oldest first. */
  public static List<Message> of(String address) {
    var response = given().baseUri(API).get("/api/user/{address}/messages/INBOX", address);
    if (response.statusCode() == 400 && response.asString().contains("not found")) {
      return List.of(); // GreenMail knows an address only once something was sent to it
    }
    JsonPath json = response.then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> items = json.getList("$");
    if (items == null) {
      return List.of();
    }
    return items.stream()
        .map(m -> new Message((String) m.get("subject"), (String) m.get("mimeMessage")))
        .toList();
  }

  /** Waits (up to 30 s) until this address has received at least {@code count} messages. */
  public static List<Message> await(String address, int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      List<Message> messages = of(address);
      if (messages.size() >= count) {
        return messages;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            address + " received " + messages.size() + " messages in 30 s, not " + count);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** Whether GreenMail's API answers. */
  public static boolean answers() {
    try {
      return given().baseUri(API).get("/api/service/readiness").statusCode() == 200;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Waits up to 30 s until the outbox has sent a mail to {@code recipient}. */
  public static void awaitSent(String recipient) {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (Db.count(
            "select count(*) from mail_outbox where recipient = '"
                + recipient
                + "' and status = 'SENT'")
        == 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the outbox did not send to " + recipient + " in 30 s");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
