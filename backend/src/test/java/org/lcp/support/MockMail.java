package org.lcp.support;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import java.time.Duration;
import java.util.List;

/**
 * The mock mailer's messages (the ordinary test profile): e-mail leaves the outbox on a worker
 * thread once the change has committed, so a test waits for it rather than reading at once.
 */
public final class MockMail {

  private MockMail() {}

  /** Waits (up to 10 s) until this address has received at least {@code count} messages. */
  public static List<Mail> await(MockMailbox mailbox, String address, int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      List<Mail> mails = mailbox.getMailsSentTo(address);
      if (mails != null && mails.size() >= count) {
        return mails;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            address + " received " + (mails == null ? 0 : mails.size()) + " mails, not " + count);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
