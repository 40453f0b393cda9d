import { useState, type ReactNode } from 'react';

import { BackLink } from '@/components/ui/back-link';
import { PageState } from '@/components/ui/page-state';
import { Page } from '@/components/layouts/page';
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
  const back = <BackLink to={`/calls/${callId}`}>Back to the call</BackLink>;
  if (!current) {
    return <PageState query={query} title={title} before={back} what="the call" notFound="This call" />;
  }
  if (!base) setBase(current);
  if (!canManageCalls(me, current.data.collaborativeId)) {
    return <PageState notAllowed={notAllowed} />;
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
