import { Anchor, type AnchorProps } from '@mantine/core';
import { Link } from 'react-router';

/** A link to a collaborative's page, named by its title. */
export function CollaborativeLink({ id, title, ...anchor }: { id: string; title: string } & AnchorProps) {
  return (
    <Anchor component={Link} to={`/collaboratives/${id}`} {...anchor}>
      {title}
    </Anchor>
  );
}
