package org.lcp.organization;

import jakarta.enterprise.context.ApplicationScoped;
import org.lcp.api.model.Member;
import org.lcp.common.identity.AccountInvitations;
import org.lcp.common.identity.IdentityAccounts;

/**
 * The Keycloak half of an invitation: the person's account, found or created, and Keycloak's own
 * "set your password and verify your e-mail" message. Idempotent, and called with no transaction
 * open, before the invitation is written.
 */
@ApplicationScoped
class Invitations {

  /** What became of the e-mail, as the answer says it. */
  record Outcome(Member.InvitationEmailEnum email, String note) {
    Member onto(Member m) {
      return m.invitationEmail(email).invitationNote(note);
    }
  }

  private final IdentityAccounts accounts;
  private final AccountInvitations later;

  Invitations(IdentityAccounts accounts, AccountInvitations later) {
    this.accounts = accounts;
    this.later = later;
  }

  /**
   * As {@link #send}, for an invitation made inside another operation's transaction (a core-team
   * save): the account is made and the e-mail sent only once that operation has committed, so a
   * change that fails after the invitation leaves no account and no e-mail behind. A Keycloak
   * failure then is logged; the member list's "send again" repeats it.
   */
  Outcome sendAfterCommit(String email, String name, boolean signedIn) {
    if (signedIn || !accounts.enabled()) {
      return send(email, name, signedIn);
    }
    later.afterCommit(
        email, name, "the invitation was saved; send it again from the organisation's members");
    return new Outcome(
        Member.InvitationEmailEnum.NOT_SENT,
        "an e-mail to "
            + email
            + " to set a password and verify the address is sent once this change is saved");
  }

  /** Creates (or finds) the account of a person who has not signed in yet and mails them. */
  Outcome send(String email, String name, boolean signedIn) {
    if (signedIn) {
      return new Outcome(
          Member.InvitationEmailEnum.NOT_SENT,
          email + " has signed in before: they see the organisation at their next sign-in");
    }
    if (!accounts.enabled()) {
      return new Outcome(
          Member.InvitationEmailEnum.NOT_SENT,
          "identity administration is off on this server: no account was created and no e-mail"
              + " was sent; create the account in Keycloak, and the person is recognised by their"
              + " verified e-mail at first sign-in");
    }
    String userId = accounts.findOrCreateUser(email, name);
    accounts.sendInvitation(userId);
    return new Outcome(
        Member.InvitationEmailEnum.SENT,
        "an e-mail was sent to " + email + " to set a password and verify the address");
  }
}
