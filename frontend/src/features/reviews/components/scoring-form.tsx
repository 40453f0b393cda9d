import { Stack, Text } from '@mantine/core';

import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { isApiError } from '@/lib/api/problem';
import { useMe } from '@/lib/auth/me';
import { Section } from '@/components/ui/section';
import { useReview } from '../api/get-review';
import { RecusalForm } from './recusal-form';
import { ScoreForm } from './score-form';

/**
 * The signed-in reviewer's review of an application: the four criteria scored 1 to 5, a
 * comment and a recommendation; or a declared conflict of interest.
 */
export function ReviewerPanel({ applicationId }: { applicationId: string }) {
  const me = useMe();
  const reviewerId = me.userId ?? '';
  const query = useReview(applicationId, reviewerId);

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
        <ScoreForm base={query.data} onReload={async () => (await query.refetch()).data} />
        <RecusalForm review={query.data.data} />
      </Stack>
    );

  return (
    <Section id="scoring-title" title="Your review" size="h3" className="lcp-sticky">
      {content}
    </Section>
  );
}
