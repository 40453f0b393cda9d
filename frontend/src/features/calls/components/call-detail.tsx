import { Alert, Anchor, Button, Grid, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';

import { PageState } from '@/components/ui/page-state';
import { Page } from '@/components/layouts/page';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormStatus } from '@/components/ui/form-status';
import { StatusBadge } from '@/components/ui/status-badge';
import type { Versioned } from '@/lib/api/request';
import { useMe } from '@/lib/auth/me';
import { useServerForm } from '@/lib/forms/use-server-form';
import { useNow } from '@/lib/use-now';
import { formatInstant } from '@/utils/format';
import { useCancelCall, useCancelSeries } from '../api/change-calls';
import { useVersionedCall } from '@/lib/queries/calls';
import type { Call } from '../api/get-calls';
import { useSeries } from '../api/get-series';
import { canManageCalls } from '../utils/access';
import { KIND_LABELS, MODE_LABELS, STATE_COLORS, STATE_LABELS, ruleText } from '../utils/labels';
import { CallTimes } from './call-times';
import { Registrations } from './registrations';
import '../calls.css';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function CallStateBadge({ call, size = 'md' }: { call: Call; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <StatusBadge color={STATE_COLORS[call.state]} size={size}>
      {STATE_LABELS[call.state]}
    </StatusBadge>
  );
}

/** How to join: the video link or the number to dial, and the code. */
export function JoinInfo({ call }: { call: Call }) {
  if (call.state === 'CANCELLED') return <Text size="sm">Cancelled: nobody joins.</Text>;
  return (
    <Stack gap={2}>
      <Text size="sm">{MODE_LABELS[call.mode]}</Text>
      {call.joinUrl && (
        <Text size="sm">
          <Anchor href={call.joinUrl} target="_blank" rel="noreferrer">
            Join link<span className="lcp-visually-hidden"> for {call.topic} (opens a new tab)</span>
          </Anchor>{' '}
          <Text span size="xs" c="dimmed" className="lcp-prewrap">
            {call.joinUrl}
          </Text>
        </Text>
      )}
      {call.phoneNumber && (
        <Text size="sm">
          Dial <Anchor href={`tel:${call.phoneNumber.replace(/[^+\d]/g, '')}`}>{call.phoneNumber}</Anchor>
        </Text>
      )}
      {call.accessCode && <Text size="sm">Access code: {call.accessCode}</Text>}
    </Stack>
  );
}

/** The archive entry: notes, recording, slides and topics covered (each a search of the archive). */
export function ArchiveEntry({ call }: { call: Call }) {
  const a = call.archive;
  if (!a) return <Text size="sm">No archive entry yet.</Text>;
  return (
    <Stack gap="xs">
      {a.topicsCovered.length > 0 && (
        <div>
          <Text size="sm" fw={600}>
            Topics covered
          </Text>
          <ul className="lcp-topics" aria-label="Topics covered">
            {a.topicsCovered.map((t) => (
              <li key={t}>
                <Anchor
                  component={Link}
                  to={`/collaboratives/${call.collaborativeId}/call-archive?topic=${encodeURIComponent(t)}`}
                  size="sm"
                >
                  {t}
                </Anchor>
              </li>
            ))}
          </ul>
        </div>
      )}
      {a.notes && (
        <div>
          <Text size="sm" fw={600}>
            Notes
          </Text>
          <Text size="sm" className="lcp-prewrap">
            {a.notes}
          </Text>
        </div>
      )}
      <Group gap="md">
        {a.recordingUrl && (
          <Anchor href={a.recordingUrl} target="_blank" rel="noreferrer" size="sm">
            Recording<span className="lcp-visually-hidden"> (opens a new tab)</span>
          </Anchor>
        )}
        {a.slidesUrl && (
          <Anchor href={a.slidesUrl} target="_blank" rel="noreferrer" size="sm">
            Slides<span className="lcp-visually-hidden"> (opens a new tab)</span>
          </Anchor>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        Written {formatInstant(a.updatedAt)}
        {a.updatedBy ? ` by ${a.updatedBy}` : ''}
      </Text>
    </Stack>
  );
}

type Cancelling = 'call' | 'series' | null;

function FacultyActions({ loaded, onReload }: { loaded: Versioned<Call>; onReload: () => Promise<unknown> }) {
  const call = loaded.data;
  const series = useSeries(call.seriesId);
  const cancelCall = useCancelCall();
  const cancelSeries = useCancelSeries();
  const [cancelling, setCancelling] = useState<Cancelling>(null);
  const started = new Date(call.startsAt).getTime() <= useNow();
  const scheduled = call.state === 'SCHEDULED';
  const cancellation = useServerForm({
    initialValues: { reason: '' },
    labels: { reason: 'Reason' },
    idPrefix: 'cancellation',
    // The call and its series as shown now: a change made meanwhile answers 412.
    version: { etag: loaded.etag, reload: () => Promise.all([onReload(), series.refetch()]).then(() => undefined) },
    send: async ({ reason }) => {
      const why = reason.trim() || undefined;
      if (cancelling === 'call') return cancelCall.mutateAsync({ callId: call.id, etag: loaded.etag, reason: why });
      if (cancelling === 'series' && series.data) {
        await cancelSeries.mutateAsync({
          seriesId: series.data.data.id,
          etag: series.data.etag,
          fromCallId: call.id,
          reason: why,
        });
        await onReload();
      }
    },
    summaryTitle: () => 'Not cancelled',
  });
  const close = () => {
    setCancelling(null);
    cancellation.form.reset();
  };

  return (
    <Stack gap="sm">
      <FormStatus
        of={cancellation}
        what="call"
        staleTitle="Not cancelled"
        staleMessage="Someone changed this call or its series since you opened it: nothing was cancelled. Reload and try again."
        reloadLabel="Reload the call"
      />
      <Group gap="sm" wrap="wrap">
        {call.state !== 'CANCELLED' && started && (
          <Button component={Link} to={`/calls/${call.id}/attendance`}>
            Take attendance
          </Button>
        )}
        {call.state !== 'CANCELLED' && started && (
          <Button component={Link} to={`/calls/${call.id}/archive`} variant="default">
            {call.archive ? 'Edit the archive entry' : 'Write the archive entry'}
          </Button>
        )}
        {scheduled && (
          <Button component={Link} to={`/calls/${call.id}/edit`} variant="default">
            Change or move this call
          </Button>
        )}
        {scheduled && (
          <Button variant="default" color="red" onClick={() => setCancelling('call')}>
            Cancel this call
          </Button>
        )}
      </Group>
      {call.seriesId && scheduled && (
        <Group gap="sm" wrap="wrap">
          <Button component={Link} to={`/calls/${call.id}/series`} variant="default">
            Change the series from this call on
          </Button>
          <Button variant="subtle" color="red" onClick={() => setCancelling('series')} disabled={!series.data}>
            Cancel the series from this call on
          </Button>
        </Group>
      )}
      <ConfirmDialog
        opened={cancelling !== null}
        title={cancelling === 'series' ? 'Cancel the series from this call on?' : 'Cancel this call?'}
        confirmLabel={cancelling === 'series' ? 'Cancel these calls' : 'Cancel the call'}
        confirmColor="red"
        busy={cancellation.submitting}
        onConfirm={() => void cancellation.submit().then(close)}
        onCancel={close}
      >
        <Text size="sm">
          {cancelling === 'series'
            ? 'This call and every later scheduled call of the series are cancelled; earlier and held calls keep.'
            : call.seriesId
              ? 'Only this call is cancelled; the rest of its series keeps.'
              : 'The call stays listed as cancelled.'}{' '}
          Subscribed calendars show it cancelled.
        </Text>
        <Textarea
          {...cancellation.field('reason')}
          label="Reason (optional)"
          description="Shown with the cancelled call"
          maxLength={1000}
          autosize
          minRows={2}
          data-autofocus
        />
      </ConfirmDialog>
    </Stack>
  );
}

/** A call: when (in its zone and the viewer's), how to join, its series, archive entry and registrations. */
export function CallDetail({ callId }: { callId: string }) {
  const me = useMe();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const query = useVersionedCall(callId);
  const seriesId = query.data?.data.seriesId;
  const series = useSeries(seriesId);
  const now = useNow();

  if (query.isPending || query.isError) {
    return <PageState query={query} title="Call" what="the call" notFound="This call" />;
  }
  const c = query.data.data;
  const canManage = canManageCalls(me, c.collaborativeId);
  const started = new Date(c.startsAt).getTime() <= now;

  return (
    <Page
      title={c.topic}
      aside={<CallStateBadge call={c} size="lg" />}
      before={
        <Anchor component={Link} to={`/collaboratives/${c.collaborativeId}/calls`} size="sm">
          ← Calls of {c.collaborativeTitle}
        </Anchor>
      }
    >
      {notice && (
        <Text role="status" fw={600}>
          {notice}
        </Text>
      )}
      {c.state === 'CANCELLED' && (
        <Alert color="red" variant="light" title="This call is cancelled">
          {c.cancellationReason || 'No reason was given.'}
        </Alert>
      )}
      {canManage && <FacultyActions loaded={query.data} onReload={() => query.refetch()} />}
      {!canManage && c.state === 'HELD' && (
        <Anchor component={Link} to={`/calls/${c.id}/attendance`} size="sm">
          Who attended
        </Anchor>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Section id="call-when" title="When and how to join">
              <dl className="lcp-facts lcp-facts-stacked">
                <div>
                  <dt>When</dt>
                  <dd>
                    <CallTimes startsAt={c.startsAt} endsAt={c.endsAt} timeZone={c.timeZone} size="md" />
                  </dd>
                </div>
                <div>
                  <dt>Duration</dt>
                  <dd>{c.durationMinutes} minutes</dd>
                </div>
                <div>
                  <dt>How to join</dt>
                  <dd>
                    <JoinInfo call={c} />
                  </dd>
                </div>
              </dl>
            </Section>
            {c.description && (
              <Section id="call-description" title="About this call">
                <Text className="lcp-prewrap">{c.description}</Text>
              </Section>
            )}
            {(started || c.archive) && c.state !== 'CANCELLED' && (
              <Section id="call-archive" title="Archive entry">
                <ArchiveEntry call={c} />
              </Section>
            )}
            {c.kind === 'INFORMATIONAL' && <Registrations call={c} canManage={canManage} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Section id="call-facts" title="Details">
            <dl className="lcp-facts lcp-facts-stacked">
              <div>
                <dt>Kind</dt>
                <dd>{KIND_LABELS[c.kind]}</dd>
              </div>
              <div>
                <dt>Collaborative</dt>
                <dd>
                  <Anchor component={Link} to={`/collaboratives/${c.collaborativeId}`}>
                    {c.collaborativeTitle}
                  </Anchor>
                </dd>
              </div>
              <div>
                <dt>For</dt>
                <dd>{c.audience === 'TEAM' ? (c.teamName ?? 'One team') : 'The whole collaborative'}</dd>
              </div>
              <div>
                <dt>Facilitator</dt>
                <dd>{c.facilitatorName ?? '—'}</dd>
              </div>
              {seriesId && (
                <div>
                  <dt>Series</dt>
                  <dd>
                    {series.data
                      ? `${ruleText(series.data.data)}; ${series.data.data.calls.length} ${series.data.data.calls.length === 1 ? 'call' : 'calls'}`
                      : series.isError
                        ? 'Part of a series'
                        : 'Part of a series…'}
                  </dd>
                </div>
              )}
            </dl>
          </Section>
        </Grid.Col>
      </Grid>
    </Page>
  );
}
