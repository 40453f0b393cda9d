import { Text } from '@mantine/core';
import { useNavigate } from 'react-router';

import { QueryState } from '@/components/ui/page-state';
import type { VersionedFormProps } from '@/lib/forms/use-server-form';
import { useUpdateCall } from '../api/change-calls';
import type { Call } from '../api/get-calls';
import { detailValuesOf, toCallUpdate, type CallValues } from '../utils/recurrence';
import { CallForm } from './call-form';
import { ManagedCallPage } from './managed-call-page';
import { useCallFormContext } from './use-call-form-context';

export const valuesOfCall = (c: Call): CallValues => ({
  ...detailValuesOf(c),
  date: c.start.slice(0, 10),
  time: c.start.slice(11, 16),
  capacity: c.capacity === undefined ? '' : String(c.capacity),
});

function EditForm({ base, onReload }: VersionedFormProps<Call, void>) {
  const navigate = useNavigate();
  const context = useCallFormContext(base.data.collaborativeId);
  const update = useUpdateCall();
  const c = base.data;
  if (context.isPending || context.isError) return <QueryState query={context} what="the collaborative" />;
  return (
    <CallForm
      initialValues={valuesOfCall(c)}
      {...context.choices}
      allowInformational={false}
      kindLocked
      submitLabel="Save this call"
      version={{ etag: base.etag, reload: onReload }}
      send={(values, etag) => update.mutateAsync({ callId: c.id, etag, body: toCallUpdate(values) })}
      onSaved={() => navigate(`/calls/${c.id}`)}
      onCancel={() => void navigate(`/calls/${c.id}`)}
    />
  );
}

/** Faculty change or move one call; the rest of its series keeps. */
export function EditCall({ callId }: { callId: string }) {
  return (
    <ManagedCallPage
      callId={callId}
      title="Change the call"
      notAllowed="Only the collaborative’s faculty and platform admins change its calls."
    >
      {(base, reload) =>
        base.data.state !== 'SCHEDULED' ? (
          <Text>
            This call is {base.data.state === 'HELD' ? 'held' : 'cancelled'}: only a scheduled call can be changed or moved.
          </Text>
        ) : (
          <>
            {base.data.seriesId && (
              <Text size="sm">This changes this call only; the other calls of its series keep their time and details.</Text>
            )}
            <EditForm key={base.etag} base={base} onReload={reload} />
          </>
        )
      }
    </ManagedCallPage>
  );
}
