package org.lcp.consultation;

/**
 * A consultation call (for the whole collaborative or one team), an informational call before
 * applications open, or a webinar: a call open to the wider network, with registration, a capacity
 * and a waitlist.
 */
public enum CallKind {
  CONSULTATION,
  INFORMATIONAL,
  WEBINAR;

  /** Informational calls and webinars: open to the network, organisations register for them. */
  public boolean open() {
    return this != CONSULTATION;
  }
}
