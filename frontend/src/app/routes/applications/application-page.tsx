import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { BackLink } from '@/components/ui/back-link';
import { Page } from '@/components/layouts/page';
import { PageState } from '@/components/ui/page-state';
import { ApplicationStatusBadge } from '@/features/applications/components/application-status-badge';
import { useApplication, type Application } from '@/features/applications/api/get-application';
import type { Versioned } from '@/lib/api/request';
import { CollaborativeLink } from '@/components/ui/collaborative-link';

/** Loads an application for a faculty page (review, decision), then renders it. */
export function WithApplication({
  applicationId,
  title,
  children,
}: {
  applicationId: string;
  title: string;
  children: (loaded: Versioned<Application>, reload: () => Promise<Versioned<Application> | undefined>) => ReactNode;
}) {
  const query = useApplication(applicationId);
  const back = <BackLink to="/review-queue">Review queue</BackLink>;
  if (query.isPending || query.isError) {
    return <PageState query={query} title={title} before={back} what="the application" notFound="This application" />;
  }
  return <>{children(query.data, async () => (await query.refetch()).data)}</>;
}

export const queueLink = <BackLink to="/review-queue">Review queue</BackLink>;

/** A faculty page about an application: its organisation in the title, its status, the collaborative applied to. */
export function FacultyApplicationPage({
  label,
  application: a,
  after = '.',
  children,
}: {
  label: string;
  application: Application;
  /** After the collaborative's name (e.g. the decision's message). */
  after?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Page
      title={`${label}: ${a.organizationName}`}
      before={queueLink}
      aside={<ApplicationStatusBadge status={a.status} size="lg" />}
    >
      <Text>
        Application to <CollaborativeLink id={a.collaborativeId} title={a.collaborativeTitle} />
        {after}
      </Text>
      {children}
    </Page>
  );
}
