import { Alert, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';

import { FormStatus } from '@/components/ui/form-status';
import { ListState } from '@/components/ui/page-state';
import { EmptyState } from '@/components/ui/empty-state';
import { StatusBadge } from '@/components/ui/status-badge';
import { errorMessage } from '@/lib/api/problem';
import { useServerForm } from '@/lib/forms/use-server-form';
import { formatInstant } from '@/utils/format';
import { FormActions } from '@/components/ui/form-actions';
import { RowList } from '@/components/ui/card-list';
import { useMachineClients } from '../api/get-machine-clients';
import { useRegisterMachineClient } from '../api/register-machine-client';
import { useSetMachineClientEnabled } from '../api/update-machine-client';
import { useRotateMachineClientSecret } from '../api/rotate-machine-client-secret';
import type { MachineClient } from '../api/get-machine-clients';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { SecretOnce } from './secret-once';

interface Shown {
  clientId: string;
  secret: string;
}
import { validateMachineClient, type MachineClientFormValues } from '../utils/validation';

function RegisterMachineClientForm({
  organizationId,
  onSecret,
}: {
  organizationId: string;
  onSecret: (shown: Shown | null) => void;
}) {
  const register = useRegisterMachineClient(organizationId);
  const [registered, setRegistered] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const server = useServerForm({
    initialValues: { clientId: '', name: '' } as MachineClientFormValues,
    validate: validateMachineClient,
    labels: { clientId: 'Client id', name: 'Name' },
    idPrefix: 'client',
    inputIdOf: (path) => (path === 'clientId' ? 'client-id' : `client-${path}`),
    errorAt: { 409: 'clientId' },
    focus: 'field',
    resetOnSave: true,
    summaryTitle: () => 'Not registered',
    send: (values) => {
      setRegistered(null);
      setNote(null);
      onSecret(null);
      return register.mutateAsync({ clientId: values.clientId.trim(), name: values.name.trim() });
    },
    onSaved: (client) => {
      setRegistered(`${client.clientId} is registered.`);
      if (client.secret) onSecret({ clientId: client.clientId, secret: client.secret });
      else setNote(client.secretNote ?? null);
    },
  });

  return (
    <form id="register-client" noValidate aria-labelledby="register-client-title" onSubmit={server.onSubmit}>
      <Stack gap="sm">
        <Text id="register-client-title" fw={600}>
          Register a machine client
        </Text>
        <Text size="sm" c="dimmed">
          Creates the data system’s Keycloak client (client credentials) that acts for this organisation only, e.g. to upload
          metrics, and shows its secret once.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput {...server.field('clientId')} required autoComplete="off" />
          <TextInput {...server.field('name')} required autoComplete="off" />
        </SimpleGrid>
        <FormStatus of={server} />
        <FormActions submitLabel="Register client" submitting={server.submitting} status={registered} />
        {note && (
          <Alert role="status" color="yellow" variant="light" title="No secret was made">
            {note}
          </Alert>
        )}
      </Stack>
    </form>
  );
}

/** The organisation's machine clients; admins register, suspend and resume them. */
export function MachineClients({ organizationId, canManage }: { organizationId: string; canManage: boolean }) {
  const query = useMachineClients(organizationId);
  const toggle = useSetMachineClientEnabled(organizationId);
  const rotate = useRotateMachineClientSecret(organizationId);
  const [rotating, setRotating] = useState<MachineClient | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);

  return (
    <Stack gap="md">
      <ListState
        query={query}
        what="machine clients"
        failed="The machine clients could not be loaded"
        empty={
          <EmptyState title="No machine clients" headingLevel={3}>
            No data system is registered for this organisation.
          </EmptyState>
        }
      >
        {(clients) => (
          <RowList items={clients} keyOf={(mc) => mc.id} label="Machine clients">
            {(mc) => (
              <Group justify="space-between" gap="sm" wrap="wrap">
                <Stack gap={0}>
                  <Text fw={500}>{mc.name}</Text>
                  <Text size="sm" c="dimmed">
                    <code>{mc.clientId}</code> · registered {formatInstant(mc.createdAt)}
                  </Text>
                </Stack>
                <Group gap="xs">
                  <StatusBadge color={mc.enabled ? 'green' : 'red'}>{mc.enabled ? 'Enabled' : 'Suspended'}</StatusBadge>
                  {canManage && (
                    <>
                      <Button size="xs" variant="default" onClick={() => setRotating(mc)}>
                        New secret<span className="lcp-visually-hidden"> for {mc.clientId}</span>
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        loading={toggle.isPending && toggle.variables?.machineClientId === mc.id}
                        onClick={() => toggle.mutate({ machineClientId: mc.id, enabled: !mc.enabled })}
                      >
                        {mc.enabled ? 'Suspend' : 'Resume'}
                        <span className="lcp-visually-hidden"> {mc.clientId}</span>
                      </Button>
                    </>
                  )}
                </Group>
              </Group>
            )}
          </RowList>
        )}
      </ListState>
      {toggle.isError && (
        <Alert color="red" variant="light" role="alert" title="Not changed">
          {errorMessage(toggle.error)}
        </Alert>
      )}
      {shown && <SecretOnce clientId={shown.clientId} secret={shown.secret} onDone={() => setShown(null)} />}
      <ConfirmDialog
        opened={rotating !== null}
        title={rotating ? `Give ${rotating.clientId} a new secret?` : 'Give a new secret?'}
        confirmLabel="Make a new secret"
        confirmColor="red"
        busy={rotate.isPending}
        onCancel={() => {
          setRotating(null);
          rotate.reset();
        }}
        onConfirm={() =>
          rotating &&
          rotate.mutate(rotating.id, {
            onSuccess: (client) => {
              setRotating(null);
              rotate.reset();
              if (client.secret) setShown({ clientId: client.clientId, secret: client.secret });
            },
          })
        }
      >
        <Text>
          The current secret stops working at once: the data system gets no new token until its configuration has the new secret,
          which is shown only once.
        </Text>
        {rotate.isError && (
          <Alert color="red" variant="light" role="alert" title="No new secret">
            {errorMessage(rotate.error)}
          </Alert>
        )}
      </ConfirmDialog>
      {canManage && <RegisterMachineClientForm organizationId={organizationId} onSecret={setShown} />}
    </Stack>
  );
}
