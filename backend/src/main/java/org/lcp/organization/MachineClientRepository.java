package org.lcp.organization;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MachineClientRepository implements PanacheRepositoryBase<MachineClientRegistration, UUID> {

  public Optional<MachineClientRegistration> findByClientId(String clientId) {
    return find("clientId", clientId).firstResultOptional();
  }

  public Optional<MachineClientRegistration> findInOrganization(UUID organizationId, UUID id) {
    return find("id = ?1 and organizationId = ?2", id, organizationId).firstResultOptional();
  }

  public PanacheQuery<MachineClientRegistration> ofOrganization(UUID organizationId) {
    return find("organizationId = ?1 order by clientId", organizationId);
  }
}
