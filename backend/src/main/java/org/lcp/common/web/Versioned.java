package org.lcp.common.web;

/**
 * What an operation answers: the resource as the API shows it and its ETag, built inside the
 * operation's transaction.
 */
public record Versioned<T>(T body, String etag) {

  public static <T> Versioned<T> of(int version, T body) {
    return new Versioned<>(body, ETags.of(version));
  }

  public static <T> Versioned<T> tagged(String etag, T body) {
    return new Versioned<>(body, etag);
  }
}
