package org.lcp.common.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Resolves the caller of this request once: platform roles from the token, the person's platform
 * record (created or bound by verified e-mail at first sign-in), or the organisation a machine
 * client is registered to. Nothing is kept between requests.
 */
@RequestScoped
public class CurrentCaller {

  private static final Logger LOG = Logger.getLogger(CurrentCaller.class);
  private static final Set<String> PLATFORM_ROLES = Set.of(Caller.ADMIN, Caller.FACULTY);
  private static final Duration LAST_SEEN_GRANULARITY = Duration.ofMinutes(5);

  private final SecurityIdentity identity;
  private final AppUserRepository users;
  private final Directory.MachineClients machineClients;
  private Caller caller;

  public CurrentCaller(
      SecurityIdentity identity, AppUserRepository users, Directory.MachineClients machineClients) {
    this.identity = identity;
    this.users = users;
    this.machineClients = machineClients;
  }

  public Caller get() {
    if (caller == null) {
      caller = resolve();
    }
    return caller;
  }

  private Caller resolve() {
    if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
      throw new UnauthorizedException();
    }
    String subject = jwt.getSubject();
    if (subject == null || subject.isBlank()) {
      throw new UnauthorizedException();
    }
    Set<String> roles = new HashSet<>(identity.getRoles());
    roles.retainAll(PLATFORM_ROLES);

    String preferred = jwt.getClaim("preferred_username");
    String clientIdClaim = jwt.getClaim("client_id");
    boolean machine =
        clientIdClaim != null || (preferred != null && preferred.startsWith("service-account-"));
    if (machine) {
      String clientId = clientIdClaim != null ? clientIdClaim : jwt.getClaim("azp");
      return machineCaller(subject, clientId);
    }

    String email = jwt.getClaim("email");
    Object verifiedClaim = jwt.getClaim("email_verified");
    boolean verified = verifiedClaim != null && Boolean.parseBoolean(verifiedClaim.toString());
    String name = jwt.getClaim("name");
    if (name == null) {
      name = preferred;
    }
    AppUser user = provision(subject, verified ? email : null, name);
    return new Caller(
        Caller.Kind.PERSON, user.id, subject, user.email, user.name, Set.copyOf(roles), null, null);
  }

  private Caller machineCaller(String subject, String clientId) {
    UUID organizationId =
        clientId == null ? null : machineClients.organizationOf(clientId).orElse(null);
    return new Caller(
        Caller.Kind.MACHINE_CLIENT,
        null,
        subject,
        null,
        clientId,
        Set.of(),
        organizationId,
        clientId);
  }

  /**
   * Finds the person by subject; at first sign-in binds an invitation with the same verified
   * e-mail.
   */
  private AppUser provision(String subject, String verifiedEmail, String name) {
    AppUser known =
        QuarkusTransaction.requiringNew().call(() -> users.findBySubject(subject).orElse(null));
    if (known != null && !needsRefresh(known, verifiedEmail, name)) {
      return known;
    }
    try {
      return QuarkusTransaction.requiringNew().call(() -> upsert(subject, verifiedEmail, name));
    } catch (RuntimeException raced) {
      // a concurrent first request of the same person won the insert: read what it wrote
      return QuarkusTransaction.requiringNew()
          .call(() -> users.findBySubject(subject).orElseThrow(() -> raced));
    }
  }

  private boolean needsRefresh(AppUser u, String verifiedEmail, String name) {
    return (verifiedEmail != null && !verifiedEmail.equalsIgnoreCase(Objects.toString(u.email, "")))
        || (name != null && !name.equals(u.name))
        || u.lastSeenAt == null
        || u.lastSeenAt.isBefore(Instant.now().minus(LAST_SEEN_GRANULARITY));
  }

  private AppUser upsert(String subject, String verifiedEmail, String name) {
    Instant now = Instant.now();
    AppUser user = users.findBySubject(subject).orElse(null);
    if (user == null && verifiedEmail != null) {
      AppUser invited = users.findByEmail(verifiedEmail).orElse(null);
      if (invited != null && invited.subject == null) {
        // an invitation not yet taken up, and the identity provider verified its e-mail: this is
        // that person. A row already bound to another account is never taken over by a second
        // account with the same address; that one starts without the address (and without access).
        invited.subject = subject;
        user = invited;
      } else if (invited != null) {
        LOG.warnf(
            "account %s signed in with the verified e-mail of person %s, who is bound to another"
                + " account: not bound",
            subject, invited.id);
      }
    }
    if (user == null) {
      user = new AppUser();
      user.id = UUID.randomUUID();
      user.subject = subject;
      user.createdAt = now;
      users.persist(user);
    }
    if (verifiedEmail != null
        && !verifiedEmail.equalsIgnoreCase(Objects.toString(user.email, ""))
        && users.findByEmail(verifiedEmail).isEmpty()) {
      user.email = verifiedEmail;
    }
    if (name != null) {
      user.name = name;
    }
    user.lastSeenAt = now;
    users.flush();
    return user;
  }
}
