package org.lcp.support;

import java.util.UUID;

/** A test person with a unique subject and e-mail, so that tests never see each other's data. */
public record Person(String subject, String email, String name, String[] roles) {

  public static Person admin() {
    return create("admin", "admin");
  }

  public static Person faculty() {
    return create("faculty", "faculty");
  }

  /** No platform role: a member of a site's team, or nobody yet. */
  public static Person member() {
    return create("member");
  }

  public static Person create(String label, String... roles) {
    String id = UUID.randomUUID().toString().substring(0, 8);
    return new Person(
        UUID.randomUUID().toString(),
        label + "-" + id + "@test.example.org",
        "Test " + label + " " + id,
        roles);
  }

  public String token() {
    return TestTokens.person(subject, email, true, name, roles);
  }
}
