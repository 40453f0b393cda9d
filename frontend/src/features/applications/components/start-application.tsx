import { Alert, Anchor, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { QueryState } from '@/components/ui/page-state';
import { EmptyState } from '@/components/ui/empty-state';
import { errorMessage, isApiError } from '@/lib/api/problem';
import { useMe } from '@/lib/auth/me';
import { formatInstant } from '@/utils/format';
import { useCreateApplication } from '../api/create-application';
import { useCollaboratives } from '@/lib/queries/collaboratives';

/**
 * Start an application: which collaborative (those whose applications are open), for which of the
 * person's organisations (a person may belong to several). It starts as a draft.
 */
export function StartApplication() {
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const open = useCollaboratives({ phase: 'APPLICATIONS_OPEN', size: 100 });
  const create = useCreateApplication();
  const [collaborativeId, setCollaborativeId] = useState(params.get('collaborativeId') ?? '');
  const [organizationId, setOrganizationId] = useState(me.organizations.length === 1 ? me.organizations[0]!.organizationId : '');
  const [errors, setErrors] = useState<{ collaborative?: string; organization?: string }>({});
  const [problem, setProblem] = useState<string | null>(null);

  if (open.isPending || open.isError)
    return (
      <QueryState query={open} what="the collaboratives open for applications" failed="The collaboratives could not be loaded" />
    );
  const collaboratives = open.data.items;
  if (collaboratives.length === 0) {
    return (
      <EmptyState title="No collaborative is open for applications">
        Applications open when a collaborative reaches its application window. Look again later.
      </EmptyState>
    );
  }
  const chosen = collaborativeId || (collaboratives.length === 1 ? collaboratives[0]!.id : '');
  const selected = collaboratives.find((c) => c.id === chosen);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    const found: typeof errors = {};
    if (!chosen) found.collaborative = 'Choose a collaborative.';
    if (!organizationId) found.organization = 'Choose the organisation that applies.';
    setErrors(found);
    if (found.collaborative || found.organization) {
      document.getElementById(found.collaborative ? 'start-collaborative' : 'start-organization')?.focus();
      return;
    }
    try {
      const created = await create.mutateAsync({ collaborativeId: chosen, organizationId });
      await navigate(`/applications/${created.data.id}/edit?step=readiness`);
    } catch (error) {
      setProblem(isApiError(error, 409) ? `${errorMessage(error)} Open it from My applications.` : errorMessage(error));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} aria-label="Start an application">
      <Stack gap="md" maw={560}>
        {problem && (
          <Alert color="red" variant="light" role="alert" title="The application was not started">
            <Stack gap={4} align="flex-start">
              <Text size="sm">{problem}</Text>
              <Anchor component={Link} to="/applications" size="sm">
                My applications
              </Anchor>
            </Stack>
          </Alert>
        )}
        <NativeSelect
          id="start-collaborative"
          label="Collaborative"
          required
          value={chosen}
          onChange={(e) => setCollaborativeId(e.currentTarget.value)}
          data={[
            ...(collaboratives.length > 1 || !chosen ? [{ value: '', label: 'Choose…' }] : []),
            ...collaboratives.map((c) => ({ value: c.id, label: c.title })),
          ]}
          description={
            selected?.applicationsCloseAt ? `Applications close ${formatInstant(selected.applicationsCloseAt)}` : undefined
          }
          error={errors.collaborative}
        />
        <NativeSelect
          id="start-organization"
          label="Applying organisation"
          required
          value={organizationId}
          onChange={(e) => setOrganizationId(e.currentTarget.value)}
          data={[
            ...(me.organizations.length > 1 ? [{ value: '', label: 'Choose…' }] : []),
            ...me.organizations.map((o) => ({ value: o.organizationId, label: o.name })),
          ]}
          description={
            me.organizations.length > 1 ? 'You belong to several organisations: choose the one that applies.' : undefined
          }
          error={errors.organization}
        />
        <Group>
          <Button type="submit" loading={create.isPending}>
            Start the application
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
