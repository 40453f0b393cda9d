import { Alert, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';

import { EmptyState } from '@/components/ui/empty-state';
import { StatusBadge } from '@/components/ui/status-badge';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { errorMessage, isApiError, violationsByField } from '@/lib/api/problem';
import { formatInstant } from '@/utils/format';
import { useMachineClients } from '../api/get-machine-clients';
import { useRegisterMachineClient } from '../api/register-machine-client';
import { useSetMachineClientEnabled } from '../api/update-machine-client';
import { validateMachineClient, type MachineClientFormValues } from '../utils/validation';

function RegisterMachineClientForm({ organizationId }: { organizationId: string }) {
  const register = useRegisterMachineClient(organizationId);
  const [problem, setProblem] = useState<string | null>(null);
  const [registered, setRegistered] = useState<string | null>(null);
  const form = useForm<MachineClientFormValues>({
    mode: 'controlled',
    initialValues: { clientId: '', name: '' },
    validate: validateMachineClient,
  });
  const focusFirstError = () =>
    window.setTimeout(() => document.querySelector<HTMLElement>('#register-client [aria-invalid="true"]')?.focus(), 0);

  return (
    <form
      id="register-client"
      noValidate
      aria-labelledby="register-client-title"
      onSubmit={form.onSubmit(async (values) => {
        setProblem(null);
        setRegistered(null);
        try {
          const client = await register.mutateAsync({ clientId: values.clientId.trim(), name: values.name.trim() });
          setRegistered(`${client.clientId} is registered.`);
          form.reset();
        } catch (error) {
          const { fields } = violationsByField(error, ['clientId', 'name']);
          if (Object.keys(fields).length > 0) form.setErrors(fields);
          else if (isApiError(error, 409)) form.setFieldError('clientId', errorMessage(error));
          else setProblem(errorMessage(error));
          focusFirstError();
        }
      }, focusFirstError)}
    >
      <Stack gap="sm">
        <Text id="register-client-title" fw={600}>
          Register a machine client
        </Text>
        <Text size="sm" c="dimmed">
          A Keycloak service-account client (client credentials) that acts for this organisation only, e.g. its data system
          uploading metrics.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput id="client-id" label="Client id" required autoComplete="off" {...form.getInputProps('clientId')} />
          <TextInput id="client-name" label="Name" required autoComplete="off" {...form.getInputProps('name')} />
        </SimpleGrid>
        {problem && (
          <Alert color="red" variant="light" role="alert" title="Not registered">
            {problem}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={register.isPending}>
            Register client
          </Button>
          <div role="status">{registered && <Text size="sm">{registered}</Text>}</div>
        </Group>
      </Stack>
    </form>
  );
}

/** The organisation's machine clients; admins register, suspend and resume them. */
export function MachineClients({ organizationId, canManage }: { organizationId: string; canManage: boolean }) {
  const query = useMachineClients(organizationId);
  const toggle = useSetMachineClientEnabled(organizationId);

  let list;
  if (query.isPending) list = <LoadingState label="Loading machine clients…" />;
  else if (query.isError)
    list = (
      <ErrorState title="The machine clients could not be loaded" error={query.error} onRetry={() => void query.refetch()} />
    );
  else if (query.data.items.length === 0)
    list = (
      <EmptyState title="No machine clients" headingLevel={3}>
        No data system is registered for this organisation.
      </EmptyState>
    );
  else
    list = (
      <ul className="lcp-plain-list lcp-rows" aria-label="Machine clients">
        {query.data.items.map((mc) => (
          <li key={mc.id}>
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
          </li>
        ))}
      </ul>
    );

  return (
    <Stack gap="md">
      {list}
      {toggle.isError && (
        <Alert color="red" variant="light" role="alert" title="Not changed">
          {errorMessage(toggle.error)}
        </Alert>
      )}
      {canManage && <RegisterMachineClientForm organizationId={organizationId} />}
    </Stack>
  );
}
