import { Anchor, Grid, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { NotAllowed } from '@/components/errors/not-allowed';
import { Page } from '@/components/layouts/page';
import { ApplicationDetails } from '@/features/applications/components/application-details';
import { ApplicationStatusBadge } from '@/features/applications/components/application-status-badge';
import { ReviewerPanel } from '@/features/reviews/components/scoring-form';
import { usePermissions } from '@/lib/auth/permissions';
import { WithApplication, queueLink } from './application-page';

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
        <Page
          title={`Review: ${a.organizationName}`}
          before={queueLink}
          aside={<ApplicationStatusBadge status={a.status} size="lg" />}
        >
          <Text>
            Application to{' '}
            <Anchor component={Link} to={`/collaboratives/${a.collaborativeId}`}>
              {a.collaborativeTitle}
            </Anchor>
            .
          </Text>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <ApplicationDetails application={a} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <ReviewerPanel applicationId={a.id} />
            </Grid.Col>
          </Grid>
        </Page>
      )}
    </WithApplication>
  );
}
