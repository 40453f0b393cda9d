package org.lcp.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What notifications are about, for preferences: a kind's topic is the part before its first '.'
 * ({@code metrics.overdue} is {@code metrics}); a kind of no known topic is {@code other}. Each
 * topic has a default delivery until the person chooses.
 */
public final class Topics {

  public static final String OTHER = "other";

  /** Every topic with its default, in the order people see them. */
  static final Map<String, Delivery> DEFAULTS = new LinkedHashMap<>();

  static {
    DEFAULTS.put("application", Delivery.EMAIL);
    DEFAULTS.put("review", Delivery.EMAIL);
    DEFAULTS.put("metrics", Delivery.EMAIL);
    DEFAULTS.put("schedule", Delivery.EMAIL);
    DEFAULTS.put("attendance", Delivery.DAILY_DIGEST);
    DEFAULTS.put("collaborative", Delivery.DAILY_DIGEST);
    DEFAULTS.put("community", Delivery.EMAIL);
    // news is seldom urgent and may come from the whole network: one e-mail a day by default
    DEFAULTS.put("announcements", Delivery.DAILY_DIGEST);
    DEFAULTS.put(OTHER, Delivery.EMAIL);
  }

  /** What people read for each topic (mail subjects of digests, the unsubscribe page). */
  static final Map<String, String> LABELS =
      Map.of(
          "application",
          "applications",
          "review",
          "reviews",
          "metrics",
          "metrics and reporting",
          "schedule",
          "learning sessions and calls",
          "attendance",
          "attendance",
          "collaborative",
          "collaboratives",
          "community",
          "learning communities",
          "announcements",
          "announcements and news",
          OTHER,
          "other notices");

  private Topics() {}

  public static List<String> all() {
    return List.copyOf(DEFAULTS.keySet());
  }

  /** The topic of a notification kind. */
  public static String of(String kind) {
    if (kind == null) {
      return OTHER;
    }
    int dot = kind.indexOf('.');
    String head = dot < 0 ? kind : kind.substring(0, dot);
    return DEFAULTS.containsKey(head) ? head : OTHER;
  }

  static Delivery defaultOf(String topic) {
    return DEFAULTS.getOrDefault(topic, Delivery.EMAIL);
  }

  static String label(String topic) {
    return LABELS.getOrDefault(topic, topic);
  }
}
