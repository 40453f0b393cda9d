package org.lcp.common.security;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AppUserRepository implements PanacheRepositoryBase<AppUser, UUID> {

  public Optional<AppUser> findBySubject(String subject) {
    return find("subject", subject).firstResultOptional();
  }

  public Optional<AppUser> findByEmail(String email) {
    return find("lower(email) = ?1", email.toLowerCase(Locale.ROOT)).firstResultOptional();
  }

  /** Everyone known, by name then e-mail; {@code q} searches the name and the e-mail. */
  public io.quarkus.hibernate.orm.panache.PanacheQuery<AppUser> search(String q) {
    if (q == null || q.isBlank()) {
      return find("order by lower(coalesce(name, email)), lower(email), id");
    }
    return find(
        "("
            + org.lcp.common.web.Search.like("coalesce(name, '')", "q")
            + " or "
            + org.lcp.common.web.Search.like("coalesce(email, '')", "q")
            + ") order by lower(coalesce(name, email)), lower(email), id",
        io.quarkus.panache.common.Parameters.with(
            "q", org.lcp.common.web.Search.containsPattern(q)));
  }

  /**
   * The next {@code limit} people who have signed in, by id after {@code after} (null: from the
   * first): a keyset page, to tell everybody something in bounded batches.
   */
  public List<UUID> signedInAfter(UUID after, int limit) {
    var q =
        getEntityManager()
            .createQuery(
                "select u.id from AppUser u where u.subject is not null"
                    + (after == null ? "" : " and u.id > :after")
                    + " order by u.id",
                UUID.class)
            .setMaxResults(limit);
    if (after != null) {
      q.setParameter("after", after);
    }
    return q.getResultList();
  }

  /** The e-mail addresses of these people (those who have one). */
  public List<String> emailsOf(Collection<UUID> ids) {
    return getEntityManager()
        .createQuery(
            "select u.email from AppUser u where u.id in :ids and u.email is not null",
            String.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /**
   * The person with this e-mail, created as not-yet-signed-in when unknown. Safe under concurrent
   * calls: the insert skips on conflict and the row is read back.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public AppUser findOrCreateByEmail(String email, String name) {
    String normalized = email.trim();
    // native: INSERT ... ON CONFLICT DO NOTHING, so that concurrent invitations of one e-mail agree
    getEntityManager()
        .createNativeQuery(
            "insert into app_user (id, email, name, created_at) values (?1, ?2, ?3, ?4) on conflict do nothing")
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, normalized)
        .setParameter(3, name == null || name.isBlank() ? null : name.trim())
        .setParameter(4, Instant.now())
        .executeUpdate();
    return findByEmail(normalized).orElseThrow();
  }
}
