import { Anchor, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { NotAllowed } from '@/components/errors/not-allowed';
import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/layouts/page';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { isApiError } from '@/lib/api/problem';
import type { Versioned } from '@/lib/api/request';
import { useMe } from '@/lib/auth/me';
import { useUpdateCall } from '../api/change-calls';
import { useCall } from '../api/get-call';
import type { Call } from '../api/get-calls';
import { canManageCalls } from '../utils/access';
import { toCallUpdate, type CallValues } from '../utils/recurrence';
import { CallForm } from './call-form';
import { StaleAlert } from './stale-alert';
import { useCallFormContext } from './use-call-form-context';

export const valuesOfCall = (c: Call): CallValues => ({
  kind: c.kind,
  topic: c.topic,
  description: c.description ?? '',
  date: c.start.slice(0, 10),
  time: c.start.slice(11, 16),
  timeZone: c.timeZone,
  durationMinutes: String(c.durationMinutes),
  facilitatorUserId: c.facilitatorUserId,
  audience: c.audience,
  teamId: c.teamId ?? '',
  mode: c.mode,
  joinUrl: c.joinUrl ?? '',
  phoneNumber: c.phoneNumber ?? '',
  accessCode: c.accessCode ?? '',
});

function EditForm({ base, onReload }: { base: Versioned<Call>; onReload: () => Promise<unknown> }) {
  const navigate = useNavigate();
  const context = useCallFormContext(base.data.collaborativeId);
  const update = useUpdateCall();
  const [stale, setStale] = useState(false);
  const c = base.data;
  if (context.isPending) return <LoadingState label="Loading the collaborative…" />;
  if (context.error) return <ErrorState title="The collaborative could not be loaded" error={context.error} onRetry={() => void context.refetch()} />;
  return (
    <Stack gap="md">
      {stale && <StaleAlert what="call" onReload={onReload} />}
      <CallForm
        initialValues={valuesOfCall(c)}
        faculty={context.facultyOptions}
        teams={context.teamOptions}
        allowInformational={false}
        kindLocked
        submitLabel="Save this call"
        onSubmit={async (values) => {
          await update.mutateAsync({ callId: c.id, etag: base.etag, body: toCallUpdate(values) });
          await navigate(`/calls/${c.id}`);
        }}
        onStale={() => setStale(true)}
        onCancel={() => void navigate(`/calls/${c.id}`)}
      />
    </Stack>
  );
}

/** Faculty change or move one call; the rest of its series keeps. */
export function EditCall({ callId }: { callId: string }) {
  const me = useMe();
  const query = useCall(callId);
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
        <Page title="Change the call" before={back}>
          <ErrorState title="The call could not be loaded" error={query.error} onRetry={() => void query.refetch()} />
        </Page>
      );
    }
    return (
      <Page title="Change the call" before={back}>
        <LoadingState label="Loading the call…" />
      </Page>
    );
  }
  if (!base) setBase(current);
  const c = current.data;
  if (!canManageCalls(me, c.collaborativeId)) {
    return <NotAllowed reason="Only the collaborative’s faculty and platform admins change its calls." />;
  }
  const reload = async () => {
    const fresh = await query.refetch();
    if (fresh.data) setBase(fresh.data);
  };
  return (
    <Page title={`Change the call: ${c.topic}`} before={back}>
      {c.state !== 'SCHEDULED' ? (
        <Text>This call is {c.state === 'HELD' ? 'held' : 'cancelled'}: only a scheduled call can be changed or moved.</Text>
      ) : (
        <>
          {c.seriesId && <Text size="sm">This changes this call only; the other calls of its series keep their time and details.</Text>}
          <EditForm key={current.etag} base={current} onReload={reload} />
        </>
      )}
    </Page>
  );
}
