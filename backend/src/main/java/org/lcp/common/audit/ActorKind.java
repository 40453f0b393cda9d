package org.lcp.common.audit;

/** Who made a change, as stored in the audit trail. */
public enum ActorKind {
  PERSON,
  MACHINE_CLIENT,
  SYSTEM
}
