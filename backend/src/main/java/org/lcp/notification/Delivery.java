package org.lcp.notification;

/** How a person hears of one topic (the contract's NotificationDelivery). */
public enum Delivery {
  /** In the app only. */
  IN_APP,
  /** In the app, and by e-mail at once. */
  EMAIL,
  /** In the app at once, and in one e-mail a day. */
  DAILY_DIGEST,
  /** In the app at once, and in one e-mail a week. */
  WEEKLY_DIGEST;

  boolean digest() {
    return this == DAILY_DIGEST || this == WEEKLY_DIGEST;
  }
}
