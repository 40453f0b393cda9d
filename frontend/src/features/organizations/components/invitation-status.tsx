import { Alert } from '@mantine/core';

import type { Member } from '../api/get-members';

/** Says whether Keycloak e-mailed the invited person, and what to do when it did not. */
export function InvitationStatus({ member }: { member: Member }) {
  if (!member.invitationEmail) return null;
  const sent = member.invitationEmail === 'SENT';
  return (
    <Alert
      role="status"
      color={sent ? 'green' : 'yellow'}
      variant="light"
      title={sent ? `An e-mail was sent to ${member.email}` : 'No e-mail was sent'}
    >
      {sent
        ? 'Its link lets them set a password and confirm their address; then they sign in and see this organisation. The link works for 3 days: send it again if it expires.'
        : member.invitationNote}
    </Alert>
  );
}
