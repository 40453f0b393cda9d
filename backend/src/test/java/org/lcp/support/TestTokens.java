package org.lcp.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Access tokens for tests, signed with the test key the test profile trusts ({@code
 * %test.quarkus.oidc.public-key}) and shaped like the realm's real tokens. The keys in
 * src/test/resources are test-only and protect nothing.
 */
public final class TestTokens {

  public static final String ISSUER = "https://test-issuer.lcp.invalid";
  public static final String AUDIENCE = "lcp-api";

  private static final PrivateKey KEY = load("test-signing-key.pem");
  private static final PrivateKey FOREIGN_KEY = load("foreign-signing-key.pem");

  private TestTokens() {}

  /** A person's token, as issued to the web client. */
  public static String person(
      String subject, String email, boolean emailVerified, String name, String... roles) {
    JwtClaimsBuilder b =
        base(subject)
            .claim("azp", "lcp-web")
            .claim("preferred_username", email == null ? subject : email)
            .claim("email_verified", emailVerified)
            .claim("name", name)
            .claim("realm_access", Map.of("roles", List.of(roles)));
    if (email != null) {
      b.claim("email", email);
    }
    return b.sign(KEY);
  }

  /** A site data system's token, as issued by the client-credentials grant. */
  public static String machine(String clientId) {
    return base("sa-" + clientId)
        .claim("azp", clientId)
        .claim("client_id", clientId)
        .claim("preferred_username", "service-account-" + clientId)
        .claim("realm_access", Map.of("roles", List.of("default-roles-lcp")))
        .sign(KEY);
  }

  /** A well-formed token for the right audience but signed by another key and issuer. */
  public static String foreign(String subject, String issuer) {
    return Jwt.issuer(issuer)
        .audience(AUDIENCE)
        .subject(subject)
        .claim("realm_access", Map.of("roles", List.of("admin")))
        .expiresIn(3600)
        .sign(FOREIGN_KEY);
  }

  /** Signed by the trusted key but for another audience. */
  public static String wrongAudience(String subject) {
    return Jwt.issuer(ISSUER)
        .audience("some-other-api")
        .subject(subject)
        .claim("realm_access", Map.of("roles", List.of("admin")))
        .expiresIn(3600)
        .sign(KEY);
  }

  /** Signed by the trusted key but expired an hour ago. */
  public static String expired(String subject) {
    long now = System.currentTimeMillis() / 1000;
    return Jwt.issuer(ISSUER)
        .audience(AUDIENCE)
        .subject(subject)
        .issuedAt(now - 7200)
        .expiresAt(now - 3600)
        .claim("realm_access", Map.of("roles", List.of("admin")))
        .sign(KEY);
  }

  private static JwtClaimsBuilder base(String subject) {
    return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).expiresIn(3600);
  }

  private static PrivateKey load(String resource) {
    try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(resource)) {
      String pem =
          new String(in.readAllBytes(), StandardCharsets.US_ASCII)
              .replaceAll("-----[A-Z ]+-----", "")
              .replaceAll("\\s", "");
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException("cannot read test key " + resource, e);
    }
  }
}
