import { Alert, Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';

import { FormStatus } from '@/components/ui/form-status';
import type { components } from '@/lib/api/schema';
import { useServerForm, type VersionedFormProps } from '@/lib/forms/use-server-form';
import type { Review } from '../api/get-reviews';
import { useSubmitReview } from '../api/submit-review';
import { CRITERIA, RECOMMENDATION_LABELS, type Criterion } from '../utils/labels';

type Recommendation = components['schemas']['Recommendation'];
const SCORES = ['1', '2', '3', '4', '5'];

interface ScoreValues {
  /** '1' to '5', or '' before one is chosen. */
  scores: Record<Criterion, string>;
  recommendation: string;
  comment: string;
}

const valuesOfReview = (r: Review): ScoreValues => ({
  scores: {
    readiness: r.scores ? String(r.scores.readiness) : '',
    commitment: r.scores ? String(r.scores.commitment) : '',
    coreTeam: r.scores ? String(r.scores.coreTeam) : '',
    attendance: r.scores ? String(r.scores.attendance) : '',
  },
  recommendation: r.recommendation ?? '',
  comment: r.comment ?? '',
});

function validateScores(v: ScoreValues): Record<string, string> {
  const found: Record<string, string> = {};
  for (const c of CRITERIA) if (!v.scores[c.key]) found[`scores.${c.key}`] = `${c.label}: choose a score from 1 to 5.`;
  if (!v.recommendation) found['recommendation'] = 'Recommendation: choose accept, waitlist or decline.';
  return found;
}

// The summary names each problem itself, in this order.
const LABELS = Object.fromEntries([...CRITERIA.map((c) => `scores.${c.key}`), 'recommendation', 'comment'].map((f) => [f, '']));

/** The four criteria scored 1 to 5, the recommendation and a comment, saved with the review's ETag. */
export function ScoreForm({ base, onReload }: VersionedFormProps<Review>) {
  const r = base.data;
  const submit = useSubmitReview();
  const [saved, setSaved] = useState(false);
  const server = useServerForm({
    initialValues: valuesOfReview(r),
    validate: validateScores,
    labels: LABELS,
    idPrefix: 'review',
    // A criterion's problem links to its first score, the recommendation's to its first choice.
    inputIdOf: (path) =>
      path.startsWith('scores.')
        ? `score-${path.slice('scores.'.length)}-1`
        : path === 'recommendation'
          ? 'recommendation-ACCEPT'
          : `review-${path}`,
    // If-Match of the next save: the version this form started from, then each saved one.
    version: { etag: base.etag, reload: onReload, toValues: valuesOfReview },
    send: (values, etag) => {
      setSaved(false);
      return submit.mutateAsync({
        applicationId: r.applicationId,
        reviewerId: r.reviewerId,
        etag,
        body: {
          scores: {
            readiness: Number(values.scores.readiness),
            commitment: Number(values.scores.commitment),
            coreTeam: Number(values.scores.coreTeam),
            attendance: Number(values.scores.attendance),
          },
          recommendation: values.recommendation as Recommendation,
          ...(values.comment.trim() ? { comment: values.comment.trim() } : {}),
        },
      });
    },
    onSaved: () => setSaved(true),
  });
  const { form } = server;
  const scores = form.getValues().scores;
  const total = CRITERIA.reduce((sum, c) => sum + (Number(scores[c.key]) || 0), 0);

  return (
    <form noValidate onSubmit={server.onSubmit} aria-label="Score the application">
      <Stack gap="md">
        <FormStatus
          of={server}
          what="review"
          staleTitle="Your review changed elsewhere"
          staleMessage="It was changed since you opened it (in another tab?), so these scores were not saved."
        />
        {saved && (
          <Alert color="green" variant="light" role="status" title="Scores saved">
            Your scores count in the decision. You can change them until the decision.
          </Alert>
        )}
        {CRITERIA.map((c) => (
          <Radio.Group key={c.key} label={c.label} description={c.help} required {...form.getInputProps(`scores.${c.key}`)}>
            <Group gap="lg" mt={4}>
              {SCORES.map((s) => (
                <Radio key={s} value={s} label={s} id={`score-${c.key}-${s}`} />
              ))}
            </Group>
          </Radio.Group>
        ))}
        <Text size="sm" fw={600} aria-live="polite">
          Total: {total} of 20
        </Text>
        <Radio.Group label="Recommendation" required {...form.getInputProps('recommendation')}>
          <Group gap="lg" mt={4}>
            {(Object.keys(RECOMMENDATION_LABELS) as Recommendation[]).map((v) => (
              <Radio key={v} value={v} label={RECOMMENDATION_LABELS[v]} id={`recommendation-${v}`} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          {...server.field('comment')}
          label="Comment (optional)"
          description="Seen by lead faculty, never by the applicant"
          autosize
          minRows={3}
          maxRows={12}
          maxLength={10000}
        />
        <Group>
          <Button type="submit" loading={server.submitting}>
            {r.status === 'SUBMITTED' || saved ? 'Save the new scores' : 'Submit the scores'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
