import type { ReactNode } from 'react';

import { BackLink } from '@/components/ui/back-link';
import { PageState } from '@/components/ui/page-state';
import { useApplication, type Application } from '@/features/applications/api/get-application';
import type { Versioned } from '@/lib/api/request';

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
