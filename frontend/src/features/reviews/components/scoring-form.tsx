import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';

import { FormErrorSummary, type SummaryItem } from '@/components/ui/form-error-summary';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { errorMessage, isApiError } from '@/lib/api/problem';
import type { Versioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { useMe } from '@/lib/auth/me';
import { useReview } from '../api/get-review';
import type { Review } from '../api/get-reviews';
import { useRecuse } from '../api/recuse';
import { useSubmitReview } from '../api/submit-review';
import { CRITERIA, RECOMMENDATION_LABELS, type Criterion } from '../utils/labels';

type Recommendation = components['schemas']['Recommendation'];
const SCORES = ['1', '2', '3', '4', '5'];

function ScoreForm({ base, onReload }: { base: Versioned<Review>; onReload: () => Promise<void> }) {
  const r = base.data;
  const submit = useSubmitReview();
  const [scores, setScores] = useState<Record<Criterion, string>>(() => ({
    readiness: r.scores ? String(r.scores.readiness) : '',
    commitment: r.scores ? String(r.scores.commitment) : '',
    coreTeam: r.scores ? String(r.scores.coreTeam) : '',
    attendance: r.scores ? String(r.scores.attendance) : '',
  }));
  const [comment, setComment] = useState(r.comment ?? '');
  const [recommendation, setRecommendation] = useState<string>(r.recommendation ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [saved, setSaved] = useState(false);
  const [stale, setStale] = useState(false);
  // If-Match of the next save: the version this form started from, then each saved one.
  const [etag, setEtag] = useState(base.etag);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const found: Record<string, string> = {};
    for (const c of CRITERIA) if (!scores[c.key]) found[`score-${c.key}`] = `${c.label}: choose a score from 1 to 5.`;
    if (!recommendation) found['recommendation'] = 'Recommendation: choose accept, waitlist or decline.';
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setSummary(
        Object.entries(found).map(([id, message]) => ({
          inputId: id === 'recommendation' ? 'recommendation-ACCEPT' : `${id}-1`,
          message,
        })),
      );
      setAttempts((n) => n + 1);
      return;
    }
    setSummary([]);
    try {
      const result = await submit.mutateAsync({
        applicationId: r.applicationId,
        reviewerId: r.reviewerId,
        etag,
        body: {
          scores: {
            readiness: Number(scores.readiness),
            commitment: Number(scores.commitment),
            coreTeam: Number(scores.coreTeam),
            attendance: Number(scores.attendance),
          },
          recommendation: recommendation as Recommendation,
          ...(comment.trim() ? { comment: comment.trim() } : {}),
        },
      });
      setEtag(result.etag);
      setSaved(true);
    } catch (error) {
      if (isApiError(error, 412)) {
        setStale(true);
        return;
      }
      setSummary([{ message: errorMessage(error) }]);
      setAttempts((n) => n + 1);
    }
  };

  const total = CRITERIA.reduce((sum, c) => sum + (Number(scores[c.key]) || 0), 0);

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} aria-label="Score the application">
      <Stack gap="md">
        {attempts > 0 && (
          <FormErrorSummary
            title={summary.length === 1 ? 'There is a problem' : `There are ${summary.length} problems`}
            items={summary}
            focusKey={attempts}
          />
        )}
        {stale && (
          <Alert color="orange" variant="light" role="alert" title="Your review changed elsewhere">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">It was changed since you opened it (in another tab?), so these scores were not saved.</Text>
              <Button size="xs" onClick={() => void onReload()}>
                Reload the latest version
              </Button>
            </Stack>
          </Alert>
        )}
        {saved && (
          <Alert color="green" variant="light" role="status" title="Scores saved">
            Your scores count in the decision. You can change them until the decision.
          </Alert>
        )}
        {CRITERIA.map((c) => (
          <Radio.Group
            key={c.key}
            label={c.label}
            description={c.help}
            required
            value={scores[c.key]}
            onChange={(v) => setScores((all) => ({ ...all, [c.key]: v }))}
            error={errors[`score-${c.key}`]}
          >
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
        <Radio.Group
          label="Recommendation"
          required
          value={recommendation}
          onChange={setRecommendation}
          error={errors['recommendation']}
        >
          <Group gap="lg" mt={4}>
            {(Object.keys(RECOMMENDATION_LABELS) as Recommendation[]).map((v) => (
              <Radio key={v} value={v} label={RECOMMENDATION_LABELS[v]} id={`recommendation-${v}`} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          id="review-comment"
          label="Comment (optional)"
          description="Seen by lead faculty, never by the applicant"
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          autosize
          minRows={3}
          maxRows={12}
          maxLength={10000}
        />
        <Group>
          <Button type="submit" loading={submit.isPending}>
            {r.status === 'SUBMITTED' || saved ? 'Save the new scores' : 'Submit the scores'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RecusalForm({ review }: { review: Review }) {
  const recuse = useRecuse();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  if (!open) {
    return (
      <Group>
        <Button variant="subtle" color="red" onClick={() => setOpen(true)}>
          Declare a conflict of interest
        </Button>
      </Group>
    );
  }
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!reason.trim()) {
      setError('Say what the conflict is.');
      document.getElementById('recusal-reason')?.focus();
      return;
    }
    try {
      await recuse.mutateAsync({ applicationId: review.applicationId, reviewerId: review.reviewerId, reason: reason.trim() });
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} aria-label="Declare a conflict of interest">
      <Stack gap="sm">
        <Textarea
          id="recusal-reason"
          label="The conflict of interest"
          description="You step aside: your scores, if any, no longer count."
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={error}
          data-autofocus
          autosize
          minRows={2}
          maxLength={2000}
        />
        <Group gap="sm">
          <Button type="submit" color="red" loading={recuse.isPending}>
            Recuse myself
          </Button>
          <Button variant="default" onClick={() => setOpen(false)}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The signed-in reviewer's review of an application: the four criteria scored 1 to 5, a
 * comment and a recommendation; or a declared conflict of interest.
 */
export function ReviewerPanel({ applicationId }: { applicationId: string }) {
  const me = useMe();
  const reviewerId = me.userId ?? '';
  const query = useReview(applicationId, reviewerId);
  // A reload after a stale save starts a fresh form from the latest version.
  const [generation, setGeneration] = useState(0);

  let content;
  if (query.isPending) content = <LoadingState label="Loading your review…" />;
  else if (query.isError)
    content = isApiError(query.error, 404) ? (
      <Text size="sm">You are not assigned to review this application. Lead faculty assign reviewers.</Text>
    ) : (
      <ErrorState title="Your review could not be loaded" error={query.error} onRetry={() => void query.refetch()} />
    );
  else if (query.data.data.status === 'RECUSED')
    content = (
      <Text size="sm">
        You recused yourself: {query.data.data.recusalReason ?? 'conflict of interest'}. Your scores do not count.
      </Text>
    );
  else
    content = (
      <Stack gap="lg">
        <ScoreForm
          key={generation}
          base={query.data}
          onReload={async () => {
            await query.refetch();
            setGeneration((g) => g + 1);
          }}
        />
        <RecusalForm review={query.data.data} />
      </Stack>
    );

  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="scoring-title" className="lcp-sticky">
      <Title order={2} size="h3" id="scoring-title" mb="sm">
        Your review
      </Title>
      {content}
    </Paper>
  );
}
