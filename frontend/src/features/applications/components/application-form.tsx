import { Anchor, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { BackLink } from '@/components/ui/back-link';
import { Page } from '@/components/layouts/page';
import { PageState } from '@/components/ui/page-state';
import type { Versioned } from '@/lib/api/request';
import { useMe } from '@/lib/auth/me';
import { useApplication, type Application } from '../api/get-application';
import { ApplicationStatusBadge } from './application-status-badge';
import { ApplicationWizard } from './application-wizard';

/**
 * The application as a multi-step form: one step per section, each saved on its own as a draft
 * (If-Match: the version it started from), a checklist of what is still missing, then submission,
 * whose refusal (422) shows every problem at its step and field.
 */
export function ApplicationForm({ applicationId }: { applicationId: string }) {
  const me = useMe();
  const query = useApplication(applicationId);
  // The version the wizard starts from: kept apart from the query, which may refetch in the background.
  const [initial, setInitial] = useState<Versioned<Application> | null>(null);
  const current = initial ?? query.data ?? null;
  const back = <BackLink to={`/applications/${applicationId}`}>The application</BackLink>;

  if (!current) {
    return <PageState query={query} title="Application" before={back} what="the application" notFound="This application" />;
  }
  if (!initial) setInitial(current);
  const app = current.data;
  if (!me.organizations.some((o) => o.organizationId === app.organizationId)) {
    return <PageState notAllowed="Only members of the applying organisation may change its application." />;
  }
  const title = `Apply to ${app.collaborativeTitle}`;
  if (app.status !== 'DRAFT') {
    return (
      <Page title={title} before={back} aside={<ApplicationStatusBadge status={app.status} size="lg" />}>
        <Text>This application is no longer a draft, so it cannot be changed.</Text>
        <Group>
          <Button component={Link} to={`/applications/${app.id}`} variant="default">
            See the application
          </Button>
        </Group>
      </Page>
    );
  }
  return (
    <Page title={title} before={back} aside={<ApplicationStatusBadge status={app.status} size="lg" />}>
      <Text>
        For {app.organizationName}. Each step is saved as a draft: you can leave and come back to it later from{' '}
        <Anchor component={Link} to="/applications">
          My applications
        </Anchor>
        .
      </Text>
      <ApplicationWizard initial={current} reload={async () => (await query.refetch()).data} />
    </Page>
  );
}
