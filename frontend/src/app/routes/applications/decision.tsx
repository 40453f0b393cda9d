import { Grid, Stack } from '@mantine/core';
import { useParams } from 'react-router';

import { NotAllowed } from '@/components/errors/not-allowed';
import { ApplicationDetails } from '@/features/applications/components/application-details';
import { ApplicationStatusBadge } from '@/features/applications/components/application-status-badge';
import { DecisionPanel } from '@/features/applications/components/decision-panel';
import { WaitlistOrder } from '@/features/applications/components/waitlist-order';
import { useReviews } from '@/features/reviews/api/get-reviews';
import { ApplicantRanking } from '@/features/reviews/components/applicant-ranking';
import { ReviewsPanel } from '@/features/reviews/components/reviews-panel';
import { usePermissions } from '@/lib/auth/permissions';
import { FacultyApplicationPage, WithApplication } from './application-page';

/** How many reviews of the application were submitted (undefined until known). */
function useSubmittedReviews(applicationId: string): number | undefined {
  const reviews = useReviews(applicationId);
  return reviews.data?.items.filter((r) => r.status === 'SUBMITTED').length;
}

function DecisionColumn(props: Parameters<typeof DecisionPanel>[0]) {
  const submittedReviews = useSubmittedReviews(props.base.data.id);
  return <DecisionPanel {...props} submittedReviews={submittedReviews} />;
}

/** Lead faculty's page: places left, every review, reviewers, the decision, the ranking and the waitlist. */
export default function DecisionRoute() {
  const { applicationId = '' } = useParams();
  const can = usePermissions();
  if (!can.canReview) {
    return <NotAllowed reason="Only the collaborative's lead faculty and platform admins decide on applications." />;
  }
  return (
    <WithApplication key={applicationId} applicationId={applicationId} title="Decision">
      {(loaded, reload) => {
        const a = loaded.data;
        if (!can.canEditCollaborative(a.collaborativeId)) {
          return <NotAllowed reason="Only the collaborative's lead faculty and platform admins decide on applications." />;
        }
        return (
          <FacultyApplicationPage
            label="Decision"
            application={a}
            after={
              <>
                {a.decisionMessage ? '. Decided with the message: ' : '.'}
                {a.decisionMessage}
              </>
            }
          >
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 7 }}>
                <Stack gap="md">
                  <ReviewsPanel
                    applicationId={a.id}
                    collaborativeId={a.collaborativeId}
                    canAssign={a.status === 'SUBMITTED' || a.status === 'UNDER_REVIEW'}
                  />
                  <ApplicationDetails application={a} />
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <Stack gap="md">
                  <DecisionColumn base={loaded} onReload={reload} />
                  <WaitlistOrder collaborativeId={a.collaborativeId} currentApplicationId={a.id} />
                </Stack>
              </Grid.Col>
              <Grid.Col span={12}>
                <ApplicantRanking
                  collaborativeId={a.collaborativeId}
                  currentApplicationId={a.id}
                  renderStatus={(status) => <ApplicationStatusBadge status={status} size="sm" />}
                />
              </Grid.Col>
            </Grid>
          </FacultyApplicationPage>
        );
      }}
    </WithApplication>
  );
}
