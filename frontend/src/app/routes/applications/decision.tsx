import { Grid, Stack } from '@mantine/core';
import { useParams } from 'react-router';

import { NotAllowed } from '@/components/errors/not-allowed';
import { ApplicationDetails } from '@/features/applications/components/application-details';
import { DecisionPanel } from '@/features/applications/components/decision-panel';
import { ReviewsPanel } from '@/features/reviews/components/reviews-panel';
import { usePermissions } from '@/lib/auth/permissions';
import { FacultyApplicationPage, WithApplication } from './application-page';

/** Lead faculty's page: places left, every review, reviewers, and the decision. */
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
                <DecisionPanel base={loaded} onReload={reload} />
              </Grid.Col>
            </Grid>
          </FacultyApplicationPage>
        );
      }}
    </WithApplication>
  );
}
