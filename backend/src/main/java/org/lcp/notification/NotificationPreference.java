package org.lcp.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** How one person hears of one topic, once they chose; without a row the topic's default holds. */
@Entity
@Table(name = "notification_preference")
@IdClass(NotificationPreference.Key.class)
public class NotificationPreference {

  @Id
  @Column(name = "user_id")
  public UUID userId;

  @Id public String topic;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public Delivery delivery;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** The composite key: a person and a topic. */
  public static class Key implements Serializable {
    public UUID userId;
    public String topic;

    public Key() {}

    public Key(UUID userId, String topic) {
      this.userId = userId;
      this.topic = topic;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(userId, k.userId)
          && Objects.equals(topic, k.topic);
    }

    @Override
    public int hashCode() {
      return Objects.hash(userId, topic);
    }
  }
}
