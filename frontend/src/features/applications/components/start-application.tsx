import { Anchor, Button, Group, NativeSelect, Stack } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { QueryState } from '@/components/ui/page-state';
import { FormStatus } from '@/components/ui/form-status';
import { EmptyState } from '@/components/ui/empty-state';
import { errorMessage, isApiError } from '@/lib/api/problem';
import { useMe } from '@/lib/auth/me';
import { useServerForm } from '@/lib/forms/use-server-form';
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
  const items = open.data?.items ?? [];
  // The only collaborative open, when there is one.
  const chosenOf = (collaborativeId: string) => collaborativeId || (items.length === 1 ? items[0]!.id : '');
  const server = useServerForm({
    initialValues: {
      collaborativeId: params.get('collaborativeId') ?? '',
      organizationId: me.organizations.length === 1 ? me.organizations[0]!.organizationId : '',
    },
    validate: {
      collaborativeId: (value) => (chosenOf(value) ? null : 'Choose a collaborative.'),
      organizationId: (value) => (value ? null : 'Choose the organisation that applies.'),
    },
    labels: { collaborativeId: 'Collaborative', organizationId: 'Applying organisation' },
    idPrefix: 'start',
    inputIdOf: (path) => (path === 'collaborativeId' ? 'start-collaborative' : 'start-organization'),
    focus: 'field',
    send: (v) => create.mutateAsync({ collaborativeId: chosenOf(v.collaborativeId), organizationId: v.organizationId }),
    onSaved: (created) => navigate(`/applications/${created.data.id}/edit?step=readiness`),
    describe: (error) =>
      isApiError(error, 409)
        ? { title: 'The application was not started', message: `${errorMessage(error)} Open it from My applications.` }
        : undefined,
    summaryTitle: () => 'The application was not started',
  });

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
  const chosen = chosenOf(server.form.getValues().collaborativeId);
  const selected = collaboratives.find((c) => c.id === chosen);

  return (
    <form noValidate onSubmit={server.onSubmit} aria-label="Start an application">
      <Stack gap="md" maw={560}>
        <FormStatus of={server} />
        {server.problems.length > 0 && (
          <Anchor component={Link} to="/applications" size="sm">
            My applications
          </Anchor>
        )}
        <NativeSelect
          {...server.field('collaborativeId')}
          required
          value={chosen}
          data={[
            ...(collaboratives.length > 1 || !chosen ? [{ value: '', label: 'Choose…' }] : []),
            ...collaboratives.map((c) => ({ value: c.id, label: c.title })),
          ]}
          description={
            selected?.applicationsCloseAt ? `Applications close ${formatInstant(selected.applicationsCloseAt)}` : undefined
          }
        />
        <NativeSelect
          {...server.field('organizationId')}
          required
          data={[
            ...(me.organizations.length > 1 ? [{ value: '', label: 'Choose…' }] : []),
            ...me.organizations.map((o) => ({ value: o.organizationId, label: o.name })),
          ]}
          description={
            me.organizations.length > 1 ? 'You belong to several organisations: choose the one that applies.' : undefined
          }
        />
        <Group>
          <Button type="submit" loading={server.submitting}>
            Start the application
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
