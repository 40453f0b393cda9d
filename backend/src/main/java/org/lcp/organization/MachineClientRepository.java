package org.lcp.organization;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.lcp.common.security.Directory;

/** Machine clients; also tells the security layer which organisation a data system acts for. */
@ApplicationScoped
public class MachineClientRepository
    implements PanacheRepositoryBase<MachineClientRegistration, UUID>, Directory.MachineClients {

  public Optional<MachineClientRegistration> findByClientId(String clientId) {
    return find("clientId", clientId).firstResultOptional();
  }

  public Optional<MachineClientRegistration> findInOrganization(UUID organizationId, UUID id) {
    return find("id = ?1 and organizationId = ?2", id, organizationId).firstResultOptional();
  }

  public PanacheQuery<MachineClientRegistration> ofOrganization(UUID organizationId) {
    return find("organizationId = ?1 order by clientId", organizationId);
  }

  @Override
  public Optional<UUID> organizationOf(String clientId) {
    return findByClientId(clientId).filter(c -> c.enabled).map(c -> c.organizationId);
  }
}
