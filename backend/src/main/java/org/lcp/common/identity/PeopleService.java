package org.lcp.common.identity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.lcp.api.model.Person;
import org.lcp.api.model.PersonPage;
import org.lcp.api.model.PlatformRole;
import org.lcp.common.audit.AuditLog;
import org.lcp.common.audit.AuditLog.Subject;
import org.lcp.common.error.ApiException;
import org.lcp.common.identity.IdentityAccounts.RoleHolder;
import org.lcp.common.security.Actor;
import org.lcp.common.security.AppUser;
import org.lcp.common.security.AppUserRepository;
import org.lcp.common.security.PeoplePolicy;
import org.lcp.common.web.Paging;

/**
 * The people the platform knows (signed in once, or invited) with the platform roles Keycloak says
 * they hold, and granting or removing those roles. Roles live in Keycloak only (the token carries
 * them); the API reads them, changes them through {@link IdentityAccounts} with no transaction
 * open, and audits each change with the roles before and after.
 */
@ApplicationScoped
public class PeopleService {

  private final AppUserRepository users;
  private final IdentityAccounts accounts;
  private final PeoplePolicy policy;
  private final AuditLog audit;

  public PeopleService(
      AppUserRepository users, IdentityAccounts accounts, PeoplePolicy policy, AuditLog audit) {
    this.users = users;
    this.accounts = accounts;
    this.policy = policy;
    this.audit = audit;
  }

  public PersonPage list(Actor actor, String q, Integer page, Integer size) {
    policy.requireAdmin(actor);
    Paging<AppUser> result =
        QuarkusTransaction.requiringNew().call(() -> Paging.of(users.search(q), page, size));
    PersonPage out =
        new PersonPage()
            .page(result.page())
            .size(result.size())
            .total(result.total())
            .platformRolesKnown(accounts.enabled());
    Map<String, RoleHolder> holders = accounts.enabled() ? accounts.platformRoleHolders() : null;
    Map<String, Set<String>> byEmail = new LinkedHashMap<>();
    if (holders != null) {
      holders.values().stream()
          .filter(h -> h.email() != null)
          .forEach(h -> byEmail.put(h.email().toLowerCase(Locale.ROOT), h.roles()));
    }
    out.setItems(
        result.items().stream()
            .map(
                u -> {
                  Person p = person(u);
                  if (holders == null) {
                    p.setPlatformRoles(null); // unknown, not "none"
                  } else {
                    Set<String> roles = Set.of();
                    if (u.subject != null && holders.containsKey(u.subject)) {
                      roles = holders.get(u.subject).roles();
                    } else if (u.subject == null && u.email != null) {
                      roles = byEmail.getOrDefault(u.email.toLowerCase(Locale.ROOT), Set.of());
                    }
                    p.platformRoles(roles(roles));
                  }
                  return p;
                })
            .toList());
    return out;
  }

  public Person grant(Actor actor, UUID userId, PlatformRole role) {
    return change(actor, userId, role, true);
  }

  public Person revoke(Actor actor, UUID userId, PlatformRole role) {
    return change(actor, userId, role, false);
  }

  private Person change(Actor actor, UUID userId, PlatformRole role, boolean grant) {
    policy.requireAdmin(actor);
    AppUser user = QuarkusTransaction.requiringNew().call(() -> require(userId));
    accounts.requireEnabled("changing platform roles");
    String name = role.toString();
    if (!grant && "admin".equals(name)) {
      if (userId.equals(actor.userId())) {
        throw ApiException.conflict(
            "you cannot remove your own admin role; ask another admin to do it");
      }
    }
    String account = accountOf(user);
    Set<String> before = accounts.platformRolesOf(account);
    if (!grant && "admin".equals(name) && before.contains("admin")) {
      long admins =
          accounts.platformRoleHolders().values().stream()
              .filter(h -> h.roles().contains("admin"))
              .count();
      if (admins <= 1) {
        throw ApiException.conflict("this is the last admin: make someone else admin first");
      }
    }
    if (grant) {
      accounts.grantRole(account, name);
    } else {
      accounts.revokeRole(account, name);
    }
    Set<String> after = new TreeSet<>(before);
    if (grant) {
      after.add(name);
    } else {
      after.remove(name);
    }
    if (!after.equals(before)) {
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  audit.record(
                      grant ? "person.role-granted" : "person.role-revoked",
                      new Subject("person", userId, null, null),
                      Map.of("platformRoles", List.copyOf(before)),
                      Map.of("platformRoles", List.copyOf(after)),
                      null));
    }
    return person(user).platformRoles(roles(after));
  }

  /** The person's Keycloak account: their token's subject, or found by their e-mail. */
  private String accountOf(AppUser user) {
    if (user.subject != null) {
      return user.subject;
    }
    if (user.email == null) {
      throw ApiException.conflict("this person has no e-mail address and no account yet");
    }
    return accounts
        .findUserId(user.email)
        .orElseThrow(
            () ->
                ApiException.conflict(
                    user.email
                        + " has no account yet: invite them to an organisation first (the"
                        + " invitation creates it)"));
  }

  private AppUser require(UUID id) {
    AppUser u = users.findById(id);
    if (u == null) {
      throw ApiException.notFound("person", id);
    }
    return u;
  }

  private static Person person(AppUser u) {
    return new Person().id(u.id).email(u.email).name(u.name).signedIn(u.hasSignedIn());
  }

  private static Set<PlatformRole> roles(Set<String> names) {
    Set<PlatformRole> out = new java.util.LinkedHashSet<>();
    for (String n : new TreeSet<>(names)) {
      out.add(PlatformRole.fromValue(n));
    }
    return out;
  }
}
