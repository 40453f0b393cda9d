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
import { validateMachineClient, type MachineClientFormValues } from '../utils/validation';

function RegisterMachineClientForm({ organizationId }: { organizationId: string }) {
  const register = useRegisterMachineClient(organizationId);
  const [registered, setRegistered] = useState<string | null>(null);
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
      return register.mutateAsync({ clientId: values.clientId.trim(), name: values.name.trim() });
    },
    onSaved: (client) => {
      setRegistered(`${client.clientId} is registered.`);
    },
  });

  return (
    <form id="register-client" noValidate aria-labelledby="register-client-title" onSubmit={server.onSubmit}>
      <Stack gap="sm">
        <Text id="register-client-title" fw={600}>
          Register a machine client
        </Text>
        <Text size="sm" c="dimmed">
          A Keycloak service-account client (client credentials) that acts for this organisation only, e.g. its data system
          uploading metrics.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput {...server.field('clientId')} required autoComplete="off" />
          <TextInput {...server.field('name')} required autoComplete="off" />
        </SimpleGrid>
        <FormStatus of={server} />
        <FormActions submitLabel="Register client" submitting={server.submitting} status={registered} />
      </Stack>
    </form>
  );
}

/** The organisation's machine clients; admins register, suspend and resume them. */
export function MachineClients({ organizationId, canManage }: { organizationId: string; canManage: boolean }) {
  const query = useMachineClients(organizationId);
  const toggle = useSetMachineClientEnabled(organizationId);

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
                    <Button
                      size="xs"
                      variant="default"
                      loading={toggle.isPending && toggle.variables?.machineClientId === mc.id}
                      onClick={() => toggle.mutate({ machineClientId: mc.id, enabled: !mc.enabled })}
                    >
                      {mc.enabled ? 'Suspend' : 'Resume'}
                      <span className="lcp-visually-hidden"> {mc.clientId}</span>
                    </Button>
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
      {canManage && <RegisterMachineClientForm organizationId={organizationId} />}
    </Stack>
  );
}
