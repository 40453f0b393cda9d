import { Text } from '@mantine/core';
import { useNavigate } from 'react-router';

import { BackLink } from '@/components/ui/back-link';
import { Page } from '@/components/layouts/page';
import { PageState } from '@/components/ui/page-state';
import { usePermissions } from '@/lib/auth/permissions';
import { useVersionedCollaborative } from '@/lib/queries/collaboratives';
import { useUpdateCollaborative } from '../api/update-collaborative';
import { toUpdateBody, valuesOf } from '../utils/collaborative-form-values';
import { CollaborativeForm } from './collaborative-form';

/** Edit a collaborative: admins and its lead faculty; a stale edit (412) is explained. */
export function EditCollaborative({ collaborativeId }: { collaborativeId: string }) {
  const can = usePermissions();
  const navigate = useNavigate();
  const query = useVersionedCollaborative(collaborativeId);
  const update = useUpdateCollaborative();

  const back = <BackLink to={`/collaboratives/${collaborativeId}`}>Back to the collaborative</BackLink>;

  if (!can.canEditCollaborative(collaborativeId)) {
    return <PageState notAllowed="Only platform admins and the collaborative's lead faculty may edit it." />;
  }
  if (!query.data) {
    return (
      <PageState query={query} title="Edit collaborative" before={back} what="the collaborative" notFound="This collaborative" />
    );
  }
  const c = query.data.data;
  if (c.phase === 'CLOSED') {
    return (
      <Page title={`Edit ${c.title}`} before={back}>
        <Text>This collaborative is closed: a read-only archive. An admin can reopen it first.</Text>
      </Page>
    );
  }

  return (
    <Page title={`Edit ${c.title}`} before={back}>
      {/* The form keeps the version it started from (If-Match) until it is saved or reloaded. */}
      <CollaborativeForm
        initialValues={valuesOf(c)}
        phase={c.phase}
        kindLocked={c.phase !== 'DRAFT'}
        submitLabel="Save changes"
        version={{ etag: query.data.etag, reload: async () => (await query.refetch()).data, toValues: valuesOf }}
        send={(values, etag) => update.mutateAsync({ collaborativeId: c.id, etag, body: toUpdateBody(values) })}
        onSaved={(saved) => navigate(`/collaboratives/${saved.data.id}`)}
        onCancel={() => void navigate(`/collaboratives/${c.id}`)}
      />
    </Page>
  );
}
