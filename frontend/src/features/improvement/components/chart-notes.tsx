import { Button, Group, NativeSelect, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';

import { FormActions } from '@/components/ui/form-actions';
import { FormDialog } from '@/components/ui/form-dialog';
import { FormStatus } from '@/components/ui/form-status';
import { QueryState } from '@/components/ui/page-state';
import type { Versioned } from '@/lib/api/request';
import { useMe } from '@/lib/auth/me';
import { useServerForm } from '@/lib/forms/use-server-form';
import type { Collaborative } from '@/lib/queries/collaboratives';
import { formatInstant } from '@/utils/format';
import {
  useChartComments,
  useCreateChartAnnotation,
  useCreateChartComment,
  type ChartAnnotationKind,
  type ChartComment,
} from '../api/chart-notes';
import { canComment, canRecordTeamWork } from '../utils/access';
import { KIND_LABELS } from '../utils/labels';
import { monthChoices, monthName } from '../utils/months';

export interface ChartNotesProps {
  collaborative: Collaborative;
  organizationId: string;
  measureId: string;
  measureName: string;
  /** The months the chart draws (the annotation's month is chosen among them and recent ones). */
  periods: string[];
  /** An annotation was added: the chart loads again to draw it. */
  onChartChanged?: () => void;
}

/**
 * Under a team's chart of one measure: annotating it (the team's members and faculty) and faculty's
 * comments on it (faculty write them, the team reads them).
 */
export function ChartNotes({
  collaborative: c,
  organizationId,
  measureId,
  measureName,
  periods,
  onChartChanged,
}: ChartNotesProps) {
  const me = useMe();
  const [annotating, setAnnotating] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  return (
    <Stack gap="sm">
      {canRecordTeamWork(me, c, organizationId) && (
        <Group gap="sm">
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => setAnnotating(true)}
            aria-label={`Annotate the chart of ${measureName}`}
          >
            Annotate the chart
          </Button>
          <div role="status">{status && <Text size="sm">{status}</Text>}</div>
        </Group>
      )}
      <FormDialog opened={annotating} title={`Annotate ${measureName}`} onClose={() => setAnnotating(false)}>
        {annotating && (
          <AnnotationForm
            collaborativeId={c.id}
            organizationId={organizationId}
            measureId={measureId}
            periods={periods}
            onDone={(period) => {
              setAnnotating(false);
              setStatus(`The annotation was added at ${monthName(period)}.`);
              onChartChanged?.();
            }}
            onCancel={() => setAnnotating(false)}
          />
        )}
      </FormDialog>
      <ChartComments
        collaborativeId={c.id}
        organizationId={organizationId}
        measureId={measureId}
        measureName={measureName}
        periods={periods}
        canWrite={canComment(me, c)}
      />
    </Stack>
  );
}

interface AnnotationValues {
  period: string;
  kind: ChartAnnotationKind;
  text: string;
}

const ANNOTATION_LABELS = { period: 'Month', kind: 'Kind', text: 'Annotation' };

function AnnotationForm({
  collaborativeId,
  organizationId,
  measureId,
  periods,
  onDone,
  onCancel,
}: {
  collaborativeId: string;
  organizationId: string;
  measureId: string;
  periods: string[];
  onDone: (period: string) => void;
  onCancel: () => void;
}) {
  const create = useCreateChartAnnotation();
  const months = monthChoices(periods);
  const server = useServerForm<AnnotationValues, Versioned<unknown>>({
    initialValues: { period: periods.at(-1) ?? months[0]!, kind: 'CHANGE', text: '' },
    validate: { text: (v) => (v.trim() ? null : 'Enter the annotation.') },
    labels: ANNOTATION_LABELS,
    idPrefix: 'annotation',
    summaryTitle: () => 'Not added',
    send: (values) =>
      create.mutateAsync({
        collaborativeId,
        body: { organizationId, measureId, period: values.period, kind: values.kind, text: values.text.trim() },
      }),
    onSaved: (_, values) => onDone(values.period),
  });
  const { field, form } = server;
  return (
    <form noValidate onSubmit={server.onSubmit} aria-label="Add an annotation">
      <Stack gap="md">
        <FormStatus of={server} />
        <NativeSelect {...field('period')} required data={months.map((p) => ({ value: p, label: monthName(p) }))} />
        <Radio.Group {...form.getInputProps('kind')} id={server.inputId('kind')} label={ANNOTATION_LABELS.kind} required>
          <Group gap="lg" mt="xs">
            {(Object.keys(KIND_LABELS) as ChartAnnotationKind[]).map((k) => (
              <Radio key={k} value={k} label={KIND_LABELS[k]} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          {...field('text')}
          required
          autosize
          minRows={2}
          maxRows={6}
          maxLength={2000}
          description="What changed or happened that month, drawn on the chart"
        />
        <FormActions submitLabel="Add annotation" submitting={server.submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

function ChartComments({
  collaborativeId,
  organizationId,
  measureId,
  measureName,
  periods,
  canWrite,
}: {
  collaborativeId: string;
  organizationId: string;
  measureId: string;
  measureName: string;
  periods: string[];
  canWrite: boolean;
}) {
  const comments = useChartComments(collaborativeId, organizationId, measureId);
  const headingId = `comments-${measureId}`;
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={headingId}>
          Faculty comments on {measureName}
        </Title>
        {comments.isPending || comments.isError ? (
          <QueryState query={comments} what="the comments" />
        ) : comments.data.items.length === 0 ? (
          <Text size="sm">No comment from faculty yet.</Text>
        ) : (
          <ul className="lcp-plain-list lcp-comments" aria-label={`Faculty comments on ${measureName}`}>
            {comments.data.items.map((comment) => (
              <CommentEntry key={comment.id} comment={comment} />
            ))}
          </ul>
        )}
        {canWrite && (
          <CommentForm
            collaborativeId={collaborativeId}
            organizationId={organizationId}
            measureId={measureId}
            measureName={measureName}
            periods={periods}
          />
        )}
      </Stack>
    </section>
  );
}

function CommentEntry({ comment }: { comment: ChartComment }) {
  return (
    <li>
      <Text size="xs" c="dimmed">
        {comment.createdByName}, {formatInstant(comment.createdAt)}
        {comment.period ? ` · about ${monthName(comment.period)}` : ''}
      </Text>
      <Text size="sm" className="lcp-break" style={{ whiteSpace: 'pre-wrap' }}>
        {comment.body}
      </Text>
    </li>
  );
}

interface CommentValues {
  body: string;
  period: string;
}

function CommentForm({
  collaborativeId,
  organizationId,
  measureId,
  measureName,
  periods,
}: {
  collaborativeId: string;
  organizationId: string;
  measureId: string;
  measureName: string;
  periods: string[];
}) {
  const create = useCreateChartComment();
  const [status, setStatus] = useState<string | null>(null);
  const server = useServerForm<CommentValues, Versioned<ChartComment>>({
    initialValues: { body: '', period: '' },
    validate: { body: (v) => (v.trim() ? null : 'Enter the comment.') },
    labels: { body: 'Comment for the team', period: 'About the month' },
    idPrefix: `comment-${measureId}`,
    summaryTitle: () => 'Not posted',
    focus: 'field',
    resetOnSave: true,
    send: (values) => {
      setStatus(null);
      return create.mutateAsync({
        collaborativeId,
        body: { organizationId, measureId, body: values.body.trim(), period: values.period || undefined },
      });
    },
    onSaved: (saved) =>
      setStatus(
        `Your comment was posted${saved.data.notified ? `; ${saved.data.notified} ${saved.data.notified === 1 ? 'person' : 'people'} of the team were told` : ''}.`,
      ),
  });
  const { field } = server;
  return (
    <form noValidate onSubmit={server.onSubmit} aria-label={`Comment on ${measureName}`}>
      <Stack gap="xs">
        <FormStatus of={server} />
        <Textarea {...field('body')} required autosize minRows={2} maxRows={6} maxLength={4000} />
        <NativeSelect
          {...field('period')}
          data={[
            { value: '', label: 'The whole chart' },
            ...[...periods].reverse().map((p) => ({ value: p, label: monthName(p) })),
          ]}
        />
        <FormActions submitLabel="Post comment" submitting={server.submitting} status={status} />
      </Stack>
    </form>
  );
}
