package org.lcp.common.web;

/**
 * Between the enums the database stores (each feature's own) and the contract's generated ones:
 * same constant names, so one maps to the other by name; a constant missing on either side fails
 * loudly (a test per feature maps every constant).
 */
public final class Enums {

  private Enums() {}

  public static <T extends Enum<T>> T map(Enum<?> value, Class<T> to) {
    return value == null ? null : Enum.valueOf(to, value.name());
  }
}
