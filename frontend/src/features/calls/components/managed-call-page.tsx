import { Anchor } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';

import { NotAllowed } from '@/components/errors/not-allowed';
import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/layouts/page';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { isApiError } from '@/lib/api/problem';
import type { Versioned } from '@/lib/api/request';
import { useMe } from '@/lib/auth/me';
import { useVersionedCall } from '@/lib/queries/calls';
import type { Call } from '../api/get-calls';
import { canManageCalls } from '../utils/access';

/**
 * A faculty page that changes one call: loads it (loading, error and 404 states), refuses people
 * who may not manage the collaborative's calls, and keeps the version the form started from, so a
 * form saves against that ETag until `reload` takes the latest one.
 */
export function ManagedCallPage({
  callId,
  title,
  notAllowed,
  children,
}: {
  callId: string;
  /** The page's title, followed by the call's topic once loaded */
  title: string;
  /** Why someone who may not manage the calls is refused */
  notAllowed: string;
  children: (base: Versioned<Call>, reload: () => Promise<void>) => ReactNode;
}) {
  const me = useMe();
  const query = useVersionedCall(callId);
  const [base, setBase] = useState<Versioned<Call> | null>(null);
  const current = base ?? query.data ?? null;
  const back = (
    <Anchor component={Link} to={`/calls/${callId}`} size="sm">
      ← Back to the call
    </Anchor>
  );
  if (!current) {
    if (query.isError) {
      if (isApiError(query.error, 404)) return <NotFound what="This call" />;
      return (
        <Page title={title} before={back}>
          <ErrorState title="The call could not be loaded" error={query.error} onRetry={() => void query.refetch()} />
        </Page>
      );
    }
    return (
      <Page title={title} before={back}>
        <LoadingState label="Loading the call…" />
      </Page>
    );
  }
  if (!base) setBase(current);
  if (!canManageCalls(me, current.data.collaborativeId)) {
    return <NotAllowed reason={notAllowed} />;
  }
  const reload = async () => {
    const fresh = await query.refetch();
    if (fresh.data) setBase(fresh.data);
  };
  return (
    <Page title={`${title}: ${current.data.topic}`} before={back}>
      {children(current, reload)}
    </Page>
  );
}
