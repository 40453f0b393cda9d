package org.lcp.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A file that goes with an outbox e-mail (an .ics invitation). */
@Entity
@Table(name = "mail_outbox_attachment")
public class OutboxAttachment {

  @Id public UUID id;

  @Column(name = "outbox_id", nullable = false)
  public UUID outboxId;

  @Column(nullable = false)
  public int position;

  @Column(nullable = false)
  public String name;

  @Column(name = "content_type", nullable = false)
  public String contentType;

  @Column(nullable = false)
  public byte[] content;
}
