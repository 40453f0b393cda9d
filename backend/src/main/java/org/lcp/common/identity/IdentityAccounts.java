package org.lcp.common.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.lcp.common.error.ApiException;
import org.lcp.common.error.IdentityAdminUnavailable;

/**
 * The platform's accounts in Keycloak, through its admin API and the realm's {@code lcp-api-admin}
 * service account, which holds the least realm-management roles that suffice: manage-users
 * (accounts, their e-mails, role mappings; it includes viewing users), manage-clients (data
 * systems' clients and secrets) and view-realm (who holds a platform role). Every operation here is
 * idempotent, so that a service may call it before it writes and simply call it again when the
 * write or the call failed.
 *
 * <p>Off ({@code lcp.identity.admin.enabled=false}, the ordinary test profile): {@link #enabled()}
 * says so and the services record what they record without touching Keycloak, saying so in their
 * answers; the Keycloak-only operations answer 409 {@link #OFF}. Every failure to reach Keycloak is
 * {@link IdentityAdminUnavailable} (503).
 */
@ApplicationScoped
public class IdentityAccounts {

  /** The problem type of an operation that needs Keycloak's admin API while it is off. */
  public static final String OFF = "/problems/identity-admin-off";

  /** The platform roles an admin grants in the web client. */
  public static final Set<String> PLATFORM_ROLES = Set.of("admin", "faculty");

  /** Marks a Keycloak client as a data system the API manages (its secret, its state). */
  public static final String DATA_SYSTEM_ATTRIBUTE = "lcp.data-system";

  private static final List<String> INVITATION_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");

  private final boolean enabled;
  private final String realm;
  private final String webClientId;
  private final String webUrl;
  private final int invitationLifespanSeconds;
  private final Instance<Keycloak> keycloak;

  public IdentityAccounts(
      @ConfigProperty(name = "lcp.identity.admin.enabled") boolean enabled,
      @ConfigProperty(name = "lcp.identity.realm", defaultValue = "lcp") String realm,
      @ConfigProperty(name = "lcp.identity.web-client-id", defaultValue = "lcp-web")
          String webClientId,
      @ConfigProperty(name = "lcp.web-url") String webUrl,
      @ConfigProperty(name = "lcp.identity.invitation-lifespan-seconds", defaultValue = "259200")
          int invitationLifespanSeconds,
      Instance<Keycloak> keycloak) {
    this.enabled = enabled;
    this.realm = realm;
    this.webClientId = webClientId;
    this.webUrl = webUrl;
    this.invitationLifespanSeconds = invitationLifespanSeconds;
    this.keycloak = keycloak;
  }

  public boolean enabled() {
    return enabled;
  }

  /** 409 when identity administration is off: for operations that exist only in Keycloak. */
  public void requireEnabled(String what) {
    if (!enabled) {
      throw ApiException.conflict(
          OFF,
          "identity administration is off on this server (lcp.identity.admin.enabled=false): "
              + what
              + " is done in Keycloak's console here",
          null);
    }
  }

  // ---- people -----------------------------------------------------------------------------------

  /**
   * The Keycloak user with this e-mail, created (enabled, e-mail not verified) when there is none.
   */
  public String findOrCreateUser(String email, String name) {
    return call(
        "find or create the account of " + email,
        () -> {
          Optional<String> found = findUserId(email);
          if (found.isPresent()) {
            return found.get();
          }
          UserRepresentation u = new UserRepresentation();
          u.setUsername(email.trim().toLowerCase(Locale.ROOT));
          u.setEmail(email.trim());
          u.setEnabled(true);
          u.setEmailVerified(false);
          if (name != null && !name.isBlank()) {
            String[] parts = name.trim().split("\\s+", 2);
            u.setFirstName(parts[0]);
            u.setLastName(parts.length > 1 ? parts[1] : null);
          }
          try (Response r = realm().users().create(u)) {
            if (r.getStatus() == 201) {
              String location = r.getLocation().getPath();
              return location.substring(location.lastIndexOf('/') + 1);
            }
            if (r.getStatus() == 409) {
              // created meanwhile by a concurrent invitation: that one is this person
              return findUserId(email).orElseThrow(() -> new WebApplicationException(r));
            }
            throw new WebApplicationException(r);
          }
        });
  }

  /** The id of the Keycloak user with exactly this e-mail. */
  public Optional<String> findUserId(String email) {
    return call(
        "look up " + email,
        () ->
            realm().users().searchByEmail(email.trim(), true).stream()
                .filter(u -> email.trim().equalsIgnoreCase(u.getEmail()))
                .map(UserRepresentation::getId)
                .findFirst());
  }

  /**
   * Sends Keycloak's own e-mail asking the person to set a password and verify the address; its
   * link leads back to the web client.
   */
  public void sendInvitation(String userId) {
    call(
        "send the invitation e-mail",
        () -> {
          realm()
              .users()
              .get(userId)
              .executeActionsEmail(
                  webClientId, webUrl, invitationLifespanSeconds, INVITATION_ACTIONS);
          return null;
        });
  }

  /** A Keycloak user who holds at least one platform role. */
  public record RoleHolder(String userId, String email, Set<String> roles) {}

  /** Everyone who holds a platform role, with their roles. */
  public Map<String, RoleHolder> platformRoleHolders() {
    return call(
        "read who holds the platform roles",
        () -> {
          Map<String, RoleHolder> holders = new HashMap<>();
          for (String role : PLATFORM_ROLES) {
            for (UserRepresentation u : realm().roles().get(role).getUserMembers(true, 0, 10_000)) {
              holders
                  .computeIfAbsent(
                      u.getId(), k -> new RoleHolder(k, u.getEmail(), new java.util.TreeSet<>()))
                  .roles()
                  .add(role);
            }
          }
          return holders;
        });
  }

  /** The platform roles of one Keycloak user. */
  public Set<String> platformRolesOf(String userId) {
    return call(
        "read a person's platform roles",
        () -> {
          Set<String> roles = new java.util.TreeSet<>();
          for (RoleRepresentation r : realm().users().get(userId).roles().realmLevel().listAll()) {
            if (PLATFORM_ROLES.contains(r.getName())) {
              roles.add(r.getName());
            }
          }
          return roles;
        });
  }

  /** Grants a platform role (nothing happens when the person holds it already). */
  public void grantRole(String userId, String role) {
    call(
        "grant " + role,
        () -> {
          var mappings = realm().users().get(userId).roles().realmLevel();
          List<RoleRepresentation> available =
              mappings.listAvailable().stream().filter(r -> role.equals(r.getName())).toList();
          if (!available.isEmpty()) {
            mappings.add(available);
          }
          return null;
        });
  }

  /** Revokes a platform role (nothing happens when the person does not hold it). */
  public void revokeRole(String userId, String role) {
    call(
        "revoke " + role,
        () -> {
          var mappings = realm().users().get(userId).roles().realmLevel();
          List<RoleRepresentation> held =
              mappings.listAll().stream().filter(r -> role.equals(r.getName())).toList();
          if (!held.isEmpty()) {
            mappings.remove(held);
          }
          return null;
        });
  }

  // ---- data systems -----------------------------------------------------------------------------

  /** What became of a data system's client in Keycloak. */
  public enum ClientState {
    /** no client with this id exists */
    ABSENT,
    /** a data system the API manages */
    DATA_SYSTEM,
    /** a client of something else (the web client, the API's own account...): never touched */
    FOREIGN
  }

  public ClientState clientState(String clientId) {
    return call(
        "look up client " + clientId,
        () ->
            find(clientId)
                .map(c -> dataSystem(c) ? ClientState.DATA_SYSTEM : ClientState.FOREIGN)
                .orElse(ClientState.ABSENT));
  }

  /**
   * Creates the confidential client of a data system (client credentials only, a service account,
   * the {@code lcp-api} audience), or takes over the data-system client a failed registration left,
   * and answers its new secret. Another kind of client with this id answers 409.
   */
  public String createDataSystemClient(String clientId, String name) {
    return call(
        "create client " + clientId,
        () -> {
          Optional<ClientRepresentation> existing = find(clientId);
          if (existing.isPresent()) {
            if (!dataSystem(existing.get())) {
              throw foreign(clientId);
            }
            return realm().clients().get(existing.get().getId()).generateNewSecret().getValue();
          }
          ClientRepresentation c = new ClientRepresentation();
          c.setClientId(clientId);
          c.setName(name);
          c.setEnabled(true);
          c.setPublicClient(false);
          c.setClientAuthenticatorType("client-secret");
          c.setServiceAccountsEnabled(true);
          c.setStandardFlowEnabled(false);
          c.setImplicitFlowEnabled(false);
          c.setDirectAccessGrantsEnabled(false);
          c.setProtocol("openid-connect");
          c.setAttributes(Map.of(DATA_SYSTEM_ATTRIBUTE, "true"));
          ProtocolMapperRepresentation audience = new ProtocolMapperRepresentation();
          audience.setName("lcp-api-audience");
          audience.setProtocol("openid-connect");
          audience.setProtocolMapper("oidc-audience-mapper");
          audience.setConfig(
              Map.of(
                  "included.custom.audience", "lcp-api",
                  "access.token.claim", "true",
                  "id.token.claim", "false",
                  "introspection.token.claim", "true",
                  "lightweight.claim", "false"));
          c.setProtocolMappers(List.of(audience));
          c.setDefaultClientScopes(
              List.of(
                  "basic", "roles", "profile", "email", "web-origins", "acr", "service_account"));
          try (Response r = realm().clients().create(c)) {
            if (r.getStatus() != 201 && r.getStatus() != 409) {
              throw new WebApplicationException(r);
            }
          }
          ClientRepresentation created =
              find(clientId).orElseThrow(() -> new IllegalStateException("created, not found"));
          if (!dataSystem(created)) {
            throw foreign(clientId);
          }
          return realm().clients().get(created.getId()).generateNewSecret().getValue();
        });
  }

  /** A new secret for a data system's client; the old one stops working at once. */
  public String regenerateSecret(String clientId) {
    return call(
        "regenerate the secret of " + clientId,
        () -> dataSystemClient(clientId).generateNewSecret().getValue());
  }

  /** Enables or disables a data system's client (a disabled client gets no token). */
  public void setClientEnabled(String clientId, boolean enabled) {
    call(
        (enabled ? "enable " : "disable ") + clientId,
        () -> {
          ClientResource client = dataSystemClient(clientId);
          ClientRepresentation c = client.toRepresentation();
          if (!Boolean.valueOf(enabled).equals(c.isEnabled())) {
            c.setEnabled(enabled);
            client.update(c);
          }
          return null;
        });
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private ClientResource dataSystemClient(String clientId) {
    ClientRepresentation c =
        find(clientId)
            .orElseThrow(
                () ->
                    ApiException.conflict(
                        "Keycloak has no client '"
                            + clientId
                            + "'; register the data system again to create it"));
    if (!dataSystem(c)) {
      throw foreign(clientId);
    }
    return realm().clients().get(c.getId());
  }

  private Optional<ClientRepresentation> find(String clientId) {
    return realm().clients().findByClientId(clientId).stream()
        .filter(c -> clientId.equals(c.getClientId()))
        .findFirst();
  }

  private static boolean dataSystem(ClientRepresentation c) {
    return c.getAttributes() != null && "true".equals(c.getAttributes().get(DATA_SYSTEM_ATTRIBUTE));
  }

  private static ApiException foreign(String clientId) {
    return ApiException.conflict(
        "Keycloak already has a client '"
            + clientId
            + "' that is not a data system; choose another client id");
  }

  private RealmResource realm() {
    if (!enabled) {
      throw new IllegalStateException("identity administration is off");
    }
    return keycloak.get().realm(realm);
  }

  /** Runs one exchange with Keycloak; whatever keeps it from answering is a 503. */
  private <T> T call(String what, Supplier<T> exchange) {
    try {
      return exchange.get();
    } catch (ApiException e) {
      throw e;
    } catch (WebApplicationException e) {
      int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
      throw new IdentityAdminUnavailable(
          "Keycloak could not " + what + " (HTTP " + status + ")", e);
    } catch (ProcessingException | IllegalStateException e) {
      throw new IdentityAdminUnavailable("Keycloak could not " + what, e);
    } catch (RuntimeException e) {
      throw new IdentityAdminUnavailable("Keycloak could not " + what, e);
    }
  }
}
