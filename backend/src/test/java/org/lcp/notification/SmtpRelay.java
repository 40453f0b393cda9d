package org.lcp.notification;

import io.quarkus.mailer.Mailer;
import java.time.Instant;
import java.util.UUID;
import org.lcp.support.Db;

/**
 * For tests of other packages: sends an e-mail the outbox already holds once more, through the
 * mailer given (GreenMail's), as the outbox itself sends it. In the test profile the outbox sends
 * through the mock mailer; this puts the same row back to PENDING and delivers it through a real
 * SMTP server, so that the message read back from GreenMail is exactly what the feature wrote.
 */
public final class SmtpRelay {

  private SmtpRelay() {}

  /** Resends the outbox row for this recipient and subject prefix; true when it was sent. */
  public static boolean resend(Outbox outbox, Mailer through, String recipient, String subject) {
    UUID id =
        UUID.fromString(
            Db.text(
                "select id from mail_outbox where recipient = '"
                    + recipient
                    + "' and subject like '"
                    + subject.replace("'", "''")
                    + "%' order by created_at desc limit 1"));
    Db.execute(
        "update mail_outbox set status = 'PENDING', next_attempt_at = now() - interval '1 minute'"
            + " where id = '"
            + id
            + "'");
    return outbox.deliverNext(through, Instant.now(), id);
  }
}
