package org.lcp.common.identity;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.lcp.common.tx.AfterCommit;

/**
 * An invitation's Keycloak step made inside another operation's transaction (a core-team save, a
 * community invitation): once that operation has committed, the person's account is found or
 * created and Keycloak's own "set your password and verify your e-mail" message sent, so a change
 * that fails after the invitation leaves no account and no e-mail behind. A Keycloak failure then
 * is logged with what the caller says to do about it.
 */
@ApplicationScoped
public class AccountInvitations {

  private static final Logger LOG = Logger.getLogger(AccountInvitations.class);

  private final IdentityAccounts accounts;
  private final AfterCommit afterCommit;

  AccountInvitations(IdentityAccounts accounts, AfterCommit afterCommit) {
    this.accounts = accounts;
    this.afterCommit = afterCommit;
  }

  /**
   * After the current transaction commits, makes the account and sends its e-mail (nothing when
   * identity administration is off); {@code ifItFails} ends the warning logged when Keycloak fails
   * (what was saved, and how to send it again).
   */
  public void afterCommit(String email, String name, String ifItFails) {
    if (!accounts.enabled()) {
      return;
    }
    afterCommit.run(
        () -> {
          try {
            accounts.sendInvitation(accounts.findOrCreateUser(email, name));
          } catch (RuntimeException e) {
            LOG.warnf(e, "the e-mail inviting %s could not be sent: %s", email, ifItFails);
          }
        });
  }
}
