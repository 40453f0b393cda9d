import { Alert, Anchor, Button, Card, Group, Radio, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';

import { CardList } from '@/components/ui/card-list';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { FormActions } from '@/components/ui/form-actions';
import { FormDialog } from '@/components/ui/form-dialog';
import { FormStatus } from '@/components/ui/form-status';
import { ListState, QueryState } from '@/components/ui/page-state';
import { StatusBadge } from '@/components/ui/status-badge';
import { errorMessage } from '@/lib/api/problem';
import type { Versioned } from '@/lib/api/request';
import { useServerForm } from '@/lib/forms/use-server-form';
import { useLearningSessions, type LearningSession } from '@/lib/queries/collaboratives';
import { formatDateRange } from '@/utils/format';
import {
  useCreateLearningSession,
  useDeleteLearningSession,
  useUpdateLearningSession,
  useVersionedLearningSession,
} from '../api/learning-sessions';
import {
  MODE_LABELS,
  MODE_NEEDS,
  SESSION_LABELS,
  newSessionValues,
  sessionValuesOf,
  timeZones,
  toSessionBody,
  validateSession,
  type SessionFormValues,
} from '../utils/session-form-values';

interface LearningSessionsProps {
  collaborativeId: string;
  /** Admins and its faculty add and change sessions. */
  canSchedule?: boolean;
  /** Admins and its lead faculty delete them. */
  canDelete?: boolean;
}

type Editing = { kind: 'new'; number: number } | { kind: 'edit'; session: LearningSession };

const nameOf = (s: LearningSession) => `session ${s.number}`;

/** The collaborative's learning sessions; its faculty schedule them here. */
export function LearningSessions({ collaborativeId, canSchedule = false, canDelete = false }: LearningSessionsProps) {
  const query = useLearningSessions(collaborativeId);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<LearningSession | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const remove = useDeleteLearningSession();

  const nextNumber = Math.min(12, Math.max(0, ...(query.data?.items.map((s) => s.number) ?? [])) + 1);
  const full = (query.data?.items.length ?? 0) >= 12;
  const addButton = canSchedule && (
    <Button
      variant={query.data?.items.length ? 'default' : 'filled'}
      disabled={full}
      onClick={() => setEditing({ kind: 'new', number: nextNumber })}
    >
      Add learning session
    </Button>
  );

  const confirmDelete = () => {
    if (!deleting) return;
    const s = deleting;
    setOutcome(null);
    remove.mutate(
      { collaborativeId, sessionId: s.id },
      {
        onSuccess: () => setOutcome({ ok: true, message: `Learning session ${s.number} was deleted.` }),
        onError: (e) => setOutcome({ ok: false, message: errorMessage(e) }),
        onSettled: () => setDeleting(null),
      },
    );
  };

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
          <Alert color="red" variant="light" role="alert" title="Not deleted">
            {outcome.message}
          </Alert>
        ))}
      <ListState
        query={query}
        what="learning sessions"
        failed="The learning sessions could not be loaded"
        empty={
          <EmptyState title="No learning sessions" headingLevel={3} action={addButton}>
            {canSchedule
              ? 'Add the learning sessions the collaborative promises (usually three), with their dates and where they happen.'
              : 'This collaborative has no learning sessions.'}
          </EmptyState>
        }
      >
        {(sessions) => (
          <>
            <CardList items={sessions} keyOf={(s) => s.id}>
              {(s) => {
                const when = formatDateRange(s.startDate, s.endDate);
                return (
                  <Card withBorder radius="md" padding="sm">
                    <Stack gap={4}>
                      <Group gap="xs" justify="space-between">
                        <Text fw={600}>
                          {s.number}. {s.title}
                        </Text>
                        <StatusBadge color={s.mode === 'VIRTUAL' ? 'cyan' : 'grape'}>{MODE_LABELS[s.mode] ?? s.mode}</StatusBadge>
                      </Group>
                      <Text size="sm">
                        {when || 'Not scheduled yet'}
                        {when && s.timeZone ? ` (${s.timeZone})` : ''}
                      </Text>
                      {s.location && <Text size="sm">{s.location}</Text>}
                      {s.joinUrl && (
                        <Text size="sm">
                          <Anchor href={s.joinUrl} target="_blank" rel="noreferrer">
                            Join link<span className="lcp-visually-hidden"> for session {s.number} (opens a new tab)</span>
                          </Anchor>
                        </Text>
                      )}
                      {(canSchedule || canDelete) && (
                        <Group gap="xs" mt={4}>
                          {canSchedule && (
                            <Button
                              size="compact-sm"
                              variant="default"
                              onClick={() => setEditing({ kind: 'edit', session: s })}
                              aria-label={`${when ? 'Edit' : 'Schedule'} ${nameOf(s)}`}
                            >
                              {when ? 'Edit' : 'Schedule'}
                            </Button>
                          )}
                          {canDelete && (
                            <Button
                              size="compact-sm"
                              variant="default"
                              color="red"
                              onClick={() => setDeleting(s)}
                              aria-label={`Delete ${nameOf(s)}`}
                            >
                              Delete
                            </Button>
                          )}
                        </Group>
                      )}
                    </Stack>
                  </Card>
                );
              }}
            </CardList>
            {addButton && (
              <Group gap="sm">
                {addButton}
                {full && (
                  <Text size="sm" c="dimmed">
                    A collaborative has at most 12 learning sessions.
                  </Text>
                )}
              </Group>
            )}
          </>
        )}
      </ListState>

      <FormDialog
        opened={editing !== null}
        title={
          editing?.kind === 'edit'
            ? `Learning session ${editing.session.number}: ${editing.session.title}`
            : 'Add a learning session'
        }
        onClose={() => setEditing(null)}
      >
        {editing?.kind === 'new' && (
          <SessionForm
            collaborativeId={collaborativeId}
            initialValues={newSessionValues(editing.number)}
            onDone={(saved) => {
              setEditing(null);
              setOutcome({ ok: true, message: `Learning session ${saved.number} was added.` });
            }}
            onCancel={() => setEditing(null)}
          />
        )}
        {editing?.kind === 'edit' && (
          <EditSession
            collaborativeId={collaborativeId}
            sessionId={editing.session.id}
            onDone={(saved) => {
              setEditing(null);
              setOutcome({ ok: true, message: `Learning session ${saved.number} was saved.` });
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </FormDialog>

      <ConfirmDialog
        opened={deleting !== null}
        title={deleting ? `Delete learning session ${deleting.number}?` : ''}
        confirmLabel="Delete the session"
        confirmColor="red"
        busy={remove.isPending}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      >
        {deleting && (
          <Text>
            “{deleting.title}” disappears from the collaborative, its schedule and everyone’s calendar. A session whose attendance
            is recorded, or that applications committed to, cannot be deleted: reschedule it instead.
          </Text>
        )}
      </ConfirmDialog>
    </Stack>
  );
}

/** The edit form of a session, from its latest version (its ETag goes in If-Match). */
function EditSession({
  collaborativeId,
  sessionId,
  onDone,
  onCancel,
}: {
  collaborativeId: string;
  sessionId: string;
  onDone: (saved: LearningSession) => void;
  onCancel: () => void;
}) {
  const query = useVersionedLearningSession(collaborativeId, sessionId);
  if (!query.data) return <QueryState query={query} what="the learning session" />;
  return (
    <SessionForm
      collaborativeId={collaborativeId}
      base={query.data}
      onReload={async () => (await query.refetch()).data}
      initialValues={sessionValuesOf(query.data.data)}
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}

interface SessionFormProps {
  collaborativeId: string;
  initialValues: SessionFormValues;
  /** The version edited; absent when adding one. */
  base?: Versioned<LearningSession>;
  onReload?: () => Promise<Versioned<LearningSession> | undefined>;
  onDone: (saved: LearningSession) => void;
  onCancel: () => void;
}

/** Add or edit a learning session: number, title, dates, mode and its details, time zone, agenda. */
export function SessionForm({ collaborativeId, initialValues, base, onReload, onDone, onCancel }: SessionFormProps) {
  const create = useCreateLearningSession();
  const update = useUpdateLearningSession();
  const zones = timeZones();
  const server = useServerForm<SessionFormValues, Versioned<LearningSession>, LearningSession>({
    initialValues,
    validate: validateSession,
    labels: SESSION_LABELS,
    idPrefix: 'session',
    // 409: the number is taken (or the collaborative is closed: the message says which).
    errorAt: { 409: 'number' },
    summaryTitle: () => 'Not saved',
    version: base && onReload ? { etag: base.etag, reload: onReload, toValues: sessionValuesOf } : undefined,
    send: (values, etag) =>
      base
        ? update.mutateAsync({ collaborativeId, sessionId: base.data.id, etag, body: toSessionBody(values) })
        : create.mutateAsync({ collaborativeId, body: toSessionBody(values) }),
    onSaved: (saved) => onDone(saved.data),
  });
  const { field, form } = server;
  const mode = form.getValues().mode;
  const needs = MODE_NEEDS[mode];

  return (
    <form noValidate onSubmit={server.onSubmit} aria-label={base ? 'Edit the learning session' : 'Add a learning session'}>
      <Stack gap="md">
        <FormStatus of={server} what="learning session" />
        <Group align="flex-start" gap="md" wrap="wrap">
          <TextInput
            w={110}
            {...field('number')}
            required
            type="number"
            inputMode="numeric"
            min={1}
            max={12}
            onChange={(e) => form.setFieldValue('number', e.currentTarget.value === '' ? '' : Number(e.currentTarget.value))}
          />
          <TextInput {...field('title')} required maxLength={200} autoComplete="off" style={{ flex: 1, minWidth: '12rem' }} />
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput {...field('startDate')} type="date" description="Needed for the session to count as scheduled" />
          <TextInput {...field('endDate')} type="date" description="For a session over several days" />
        </SimpleGrid>
        <TextInput
          {...field('timeZone')}
          list="session-time-zones"
          autoComplete="off"
          maxLength={64}
          description="Where the times of the session are meant, e.g. America/New_York"
        />
        {zones.length > 0 && (
          <datalist id="session-time-zones">
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        )}
        <Radio.Group {...form.getInputProps('mode')} id={server.inputId('mode')} label="Mode" required>
          <Group gap="lg" mt="xs">
            {(Object.keys(MODE_LABELS) as (keyof typeof MODE_LABELS)[]).map((m) => (
              <Radio key={m} value={m} label={MODE_LABELS[m]} />
            ))}
          </Group>
        </Radio.Group>
        {needs.location && (
          <Textarea
            {...field('location')}
            autosize
            minRows={2}
            maxLength={500}
            description="Venue, address, room; needed for the session to count as scheduled"
          />
        )}
        {needs.joinUrl && (
          <TextInput
            {...field('joinUrl')}
            type="url"
            placeholder="https://"
            maxLength={1000}
            description="Video or phone join link; needed for the session to count as scheduled"
          />
        )}
        <Textarea {...field('agenda')} autosize minRows={2} maxRows={10} maxLength={20000} />
        <FormActions submitLabel={base ? 'Save session' : 'Add session'} submitting={server.submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
