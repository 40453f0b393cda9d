import { Grid } from '@mantine/core';
import { useParams } from 'react-router';

import { NotAllowed } from '@/components/errors/not-allowed';
import { ApplicationDetails } from '@/features/applications/components/application-details';
import { ReviewerPanel } from '@/features/reviews/components/scoring-form';
import { usePermissions } from '@/lib/auth/permissions';
import { FacultyApplicationPage, WithApplication } from './application-page';

/** A reviewer's page: the application, and the scoring form beside it. */
export default function ReviewApplicationRoute() {
  const { applicationId = '' } = useParams();
  const can = usePermissions();
  if (!can.canReview) {
    return <NotAllowed reason="Only faculty of the collaborative review its applications." />;
  }
  return (
    <WithApplication key={applicationId} applicationId={applicationId} title="Review">
      {({ data: a }) => (
        <FacultyApplicationPage label="Review" application={a}>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <ApplicationDetails application={a} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <ReviewerPanel applicationId={a.id} />
            </Grid.Col>
          </Grid>
        </FacultyApplicationPage>
      )}
    </WithApplication>
  );
}
