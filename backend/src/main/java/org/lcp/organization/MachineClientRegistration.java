package org.lcp.organization;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A Keycloak service-account client registered as one organisation's data system. */
@Entity
@Table(name = "machine_client")
public class MachineClientRegistration {

  @Id
  public UUID id;

  @Column(name = "organization_id", nullable = false)
  public UUID organizationId;

  @Column(name = "client_id", nullable = false, unique = true)
  public String clientId;

  @Column(nullable = false)
  public String name;

  public boolean enabled;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version
  public int version;
}
