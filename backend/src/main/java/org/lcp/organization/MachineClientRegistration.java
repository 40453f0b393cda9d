package org.lcp.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.lcp.common.web.Tracked;

/** A Keycloak service-account client registered as one organisation's data system. */
@Entity
@Table(name = "machine_client")
public class MachineClientRegistration extends Tracked {

  @Id public UUID id;

  @Column(name = "organization_id", nullable = false)
  public UUID organizationId;

  @Column(name = "client_id", nullable = false, unique = true)
  public String clientId;

  @Column(nullable = false)
  public String name;

  public boolean enabled;
}
