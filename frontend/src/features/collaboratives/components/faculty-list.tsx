import { Alert, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';

import { RowList } from '@/components/ui/card-list';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { FormActions } from '@/components/ui/form-actions';
import { FormDialog } from '@/components/ui/form-dialog';
import { FormStatus } from '@/components/ui/form-status';
import { ListState } from '@/components/ui/page-state';
import { StatusBadge } from '@/components/ui/status-badge';
import { errorMessage } from '@/lib/api/problem';
import type { Versioned } from '@/lib/api/request';
import { useServerForm } from '@/lib/forms/use-server-form';
import { useFaculty, type FacultyAssignment } from '@/lib/queries/collaboratives';
import { useAssignFaculty, useSetFacultyLead, useUnassignFaculty } from '../api/faculty';

interface FacultyListProps {
  collaborativeId: string;
  /** The collaborative's title, named in confirmations. */
  title?: string;
  /** Admins and its lead faculty add, remove and make lead (never in a closed collaborative). */
  canManage?: boolean;
  /** The signed-in person's user id: stepping down as lead oneself is said so. */
  myUserId?: string;
}

const nameOf = (f: FacultyAssignment) => f.name || f.email;

type Pending = { kind: 'remove' | 'unlead'; faculty: FacultyAssignment };

/**
 * The collaborative's faculty, leads first. Admins and lead faculty add people by e-mail, make
 * them lead or not, and remove them (after a confirmation naming what it changes).
 */
export function FacultyList({ collaborativeId, title = 'this collaborative', canManage = false, myUserId }: FacultyListProps) {
  const query = useFaculty(collaborativeId);
  const [adding, setAdding] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const lead = useSetFacultyLead();
  const unassign = useUnassignFaculty();

  const leads = query.data?.items.filter((f) => f.lead).length ?? 0;

  const makeLead = (f: FacultyAssignment, value: boolean) => {
    setOutcome(null);
    lead.mutate(
      { collaborativeId, userId: f.userId, lead: value },
      {
        onSuccess: () =>
          setOutcome({ ok: true, message: value ? `${nameOf(f)} is now lead faculty.` : `${nameOf(f)} is no longer lead.` }),
        onError: (e) => setOutcome({ ok: false, message: errorMessage(e) }),
        onSettled: () => setPending(null),
      },
    );
  };

  const confirm = () => {
    if (!pending) return;
    const f = pending.faculty;
    if (pending.kind === 'unlead') return makeLead(f, false);
    setOutcome(null);
    unassign.mutate(
      { collaborativeId, userId: f.userId },
      {
        onSuccess: () => setOutcome({ ok: true, message: `${nameOf(f)} was removed from the faculty.` }),
        onError: (e) => setOutcome({ ok: false, message: errorMessage(e) }),
        onSettled: () => setPending(null),
      },
    );
  };

  const addButton = canManage && (
    <Button variant={leads === 0 ? 'filled' : 'default'} onClick={() => setAdding(true)}>
      Add faculty member
    </Button>
  );

  return (
    <Stack gap="sm">
      {outcome &&
        (outcome.ok ? (
          <div role="status">
            <Text size="sm" fw={600}>
              {outcome.message}
            </Text>
          </div>
        ) : (
          <Alert color="red" variant="light" role="alert" title="Not changed">
            {outcome.message}
          </Alert>
        ))}
      <ListState
        query={query}
        what="faculty"
        failed="The faculty could not be loaded"
        empty={
          <EmptyState title="No faculty assigned" headingLevel={3} action={addButton}>
            {canManage
              ? 'Add at least one lead faculty member: they decide on applications and set up the Core Data Set.'
              : 'No faculty member is assigned yet.'}
          </EmptyState>
        }
      >
        {(faculty) => (
          <>
            <RowList items={faculty} keyOf={(f) => f.userId}>
              {(f) => {
                const onlyLead = f.lead && leads === 1;
                return (
                  <Stack gap={4}>
                    <Group gap="xs" wrap="wrap">
                      <Text fw={500}>{nameOf(f)}</Text>
                      {f.name && (
                        <Text size="sm" c="dimmed">
                          {f.email}
                        </Text>
                      )}
                      {f.lead && <StatusBadge color="indigo">Lead</StatusBadge>}
                    </Group>
                    {canManage && (
                      <Group gap="xs" wrap="wrap">
                        {f.lead ? (
                          <Button
                            size="compact-sm"
                            variant="default"
                            disabled={onlyLead}
                            onClick={() => setPending({ kind: 'unlead', faculty: f })}
                            aria-label={`Remove lead role of ${nameOf(f)}`}
                          >
                            Remove lead role
                          </Button>
                        ) : (
                          <Button
                            size="compact-sm"
                            variant="default"
                            loading={lead.isPending && lead.variables?.userId === f.userId}
                            onClick={() => makeLead(f, true)}
                            aria-label={`Make lead: ${nameOf(f)}`}
                          >
                            Make lead
                          </Button>
                        )}
                        <Button
                          size="compact-sm"
                          variant="default"
                          color="red"
                          disabled={onlyLead}
                          onClick={() => setPending({ kind: 'remove', faculty: f })}
                          aria-label={`Remove ${nameOf(f)}`}
                        >
                          Remove
                        </Button>
                        {onlyLead && (
                          <Text size="xs" c="dimmed">
                            The only lead: make someone else lead before removing or changing them.
                          </Text>
                        )}
                      </Group>
                    )}
                  </Stack>
                );
              }}
            </RowList>
            {addButton && <Group>{addButton}</Group>}
          </>
        )}
      </ListState>

      <FormDialog opened={adding} title="Add a faculty member" onClose={() => setAdding(false)} size="md">
        <AddFacultyForm
          collaborativeId={collaborativeId}
          firstLead={leads === 0}
          onDone={(message) => {
            setAdding(false);
            setOutcome({ ok: true, message });
          }}
          onCancel={() => setAdding(false)}
        />
      </FormDialog>

      <ConfirmDialog
        opened={pending !== null}
        title={
          pending
            ? pending.kind === 'remove'
              ? `Remove ${nameOf(pending.faculty)}?`
              : `Remove lead role of ${nameOf(pending.faculty)}?`
            : ''
        }
        confirmLabel={pending?.kind === 'remove' ? 'Remove from the faculty' : 'Remove lead role'}
        confirmColor="red"
        busy={unassign.isPending || lead.isPending}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      >
        {pending?.kind === 'remove' && (
          <Text>
            {pending.faculty.userId === myUserId ? 'You' : nameOf(pending.faculty)} will no longer be faculty of “{title}”: no
            reviewing its applications, facilitating its calls or taking its attendance. Reviews already written are kept.
          </Text>
        )}
        {pending?.kind === 'unlead' && (
          <Text>
            {pending.faculty.userId === myUserId ? 'You stay' : `${nameOf(pending.faculty)} stays`} faculty of “{title}”. Without
            the lead role, {pending.faculty.userId === myUserId ? 'you' : 'they'} can no longer decide on applications, edit the
            collaborative, or manage its faculty and measures.
          </Text>
        )}
      </ConfirmDialog>
    </Stack>
  );
}

interface AddValues {
  email: string;
  name: string;
  lead: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Add a faculty member by e-mail; someone not yet known is recognised when they first sign in. */
export function AddFacultyForm({
  collaborativeId,
  firstLead,
  onDone,
  onCancel,
}: {
  collaborativeId: string;
  /** No lead yet: the first one added is lead unless unticked. */
  firstLead: boolean;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const assign = useAssignFaculty();
  const server = useServerForm<AddValues, Versioned<FacultyAssignment>>({
    initialValues: { email: '', name: '', lead: firstLead },
    validate: {
      email: (v) =>
        !v.trim()
          ? 'Enter their e-mail address.'
          : EMAIL.test(v.trim())
            ? null
            : 'Enter an e-mail address like name@example.org.',
      name: (v) => (v.length > 200 ? 'At most 200 characters.' : null),
    },
    labels: { email: 'E-mail address', name: 'Name' },
    idPrefix: 'faculty',
    errorAt: { 409: 'email' },
    focus: 'field',
    summaryTitle: () => 'Not added',
    send: (v) =>
      assign.mutateAsync({
        collaborativeId,
        body: { email: v.email.trim(), lead: v.lead, ...(v.name.trim() ? { name: v.name.trim() } : {}) },
      }),
    onSaved: (saved, v) => onDone(`${saved.data.name || saved.data.email} was added${v.lead ? ' as lead faculty' : ''}.`),
  });
  const { field, form } = server;
  return (
    <form noValidate onSubmit={server.onSubmit} aria-label="Add a faculty member">
      <Stack gap="md">
        <TextInput
          {...field('email')}
          required
          type="email"
          autoComplete="off"
          maxLength={254}
          description="Someone new to the platform is recognised when they first sign in with it."
          data-autofocus
        />
        <TextInput {...field('name')} maxLength={200} autoComplete="off" description="Optional; shown until they sign in." />
        <Checkbox
          {...form.getInputProps('lead', { type: 'checkbox' })}
          id="faculty-lead"
          label="Lead faculty"
          description="Leads edit the collaborative, manage its faculty and measures, and decide on applications."
        />
        <FormStatus of={server} />
        <FormActions submitLabel="Add faculty member" submitting={server.submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
