import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { NotAllowed } from '@/components/errors/not-allowed';
import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/layouts/page';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { isApiError } from '@/lib/api/problem';
import type { Versioned } from '@/lib/api/request';
import { usePermissions } from '@/lib/auth/permissions';
import { useVersionedCollaborative, type Collaborative } from '@/lib/queries/collaboratives';
import { useUpdateCollaborative } from '../api/update-collaborative';
import { toUpdateBody, valuesOf } from '../utils/collaborative-form-values';
import { CollaborativeForm } from './collaborative-form';

function EditForm({ base, onReload }: { base: Versioned<Collaborative>; onReload: () => Promise<unknown> }) {
  const navigate = useNavigate();
  const update = useUpdateCollaborative();
  const [stale, setStale] = useState(false);
  const [reloading, setReloading] = useState(false);
  const c = base.data;

  return (
    <Stack gap="md">
      {stale && (
        <Alert color="orange" variant="light" role="alert" title="Someone else changed this collaborative">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              It was changed since you opened it, so your changes were not saved. Reload the latest version and make your changes
              again.
            </Text>
            <Button
              size="xs"
              loading={reloading}
              onClick={async () => {
                setReloading(true);
                try {
                  await onReload();
                } finally {
                  setReloading(false);
                }
              }}
            >
              Reload the latest version
            </Button>
          </Stack>
        </Alert>
      )}
      <CollaborativeForm
        initialValues={valuesOf(c)}
        phase={c.phase}
        kindLocked={c.phase !== 'DRAFT'}
        submitLabel="Save changes"
        onSubmit={async (values) => {
          // If-Match carries the version this form started from, not a newer one read since.
          const saved = await update.mutateAsync({ collaborativeId: c.id, etag: base.etag, body: toUpdateBody(values) });
          await navigate(`/collaboratives/${saved.data.id}`);
        }}
        onStale={() => setStale(true)}
        onCancel={() => void navigate(`/collaboratives/${c.id}`)}
      />
    </Stack>
  );
}

/** Edit a collaborative: admins and its lead faculty; a stale edit (412) is explained. */
export function EditCollaborative({ collaborativeId }: { collaborativeId: string }) {
  const can = usePermissions();
  const query = useVersionedCollaborative(collaborativeId);
  // The version the form edits: kept apart from the query, which may refetch in the background.
  const [base, setBase] = useState<Versioned<Collaborative> | null>(null);
  const current = base ?? query.data ?? null;

  const back = (
    <Anchor component={Link} to={`/collaboratives/${collaborativeId}`} size="sm">
      ← Back to the collaborative
    </Anchor>
  );

  if (!can.canEditCollaborative(collaborativeId)) {
    return <NotAllowed reason="Only platform admins and the collaborative's lead faculty may edit it." />;
  }
  if (!current) {
    if (query.isError) {
      if (isApiError(query.error, 404)) return <NotFound what="This collaborative" />;
      return (
        <Page title="Edit collaborative" before={back}>
          <ErrorState title="The collaborative could not be loaded" error={query.error} onRetry={() => void query.refetch()} />
        </Page>
      );
    }
    return (
      <Page title="Edit collaborative" before={back}>
        <LoadingState label="Loading the collaborative…" />
      </Page>
    );
  }
  if (!base) {
    setBase(current);
  }
  if (current.data.phase === 'CLOSED') {
    return (
      <Page title={`Edit ${current.data.title}`} before={back}>
        <Text>This collaborative is closed: a read-only archive. An admin can reopen it first.</Text>
      </Page>
    );
  }

  const reload = async () => {
    const fresh = await query.refetch();
    if (fresh.data) setBase(fresh.data);
  };

  return (
    <Page title={`Edit ${current.data.title}`} before={back}>
      {/* A new version (after a reload) starts a fresh form. */}
      <EditForm key={current.etag} base={current} onReload={reload} />
    </Page>
  );
}
