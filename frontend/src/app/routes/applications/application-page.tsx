import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/layouts/page';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { useApplication, type Application } from '@/features/applications/api/get-application';
import { isApiError } from '@/lib/api/problem';
import type { Versioned } from '@/lib/api/request';

/** Loads an application for a faculty page (review, decision), then renders it. */
export function WithApplication({
  applicationId,
  title,
  children,
}: {
  applicationId: string;
  title: string;
  children: (loaded: Versioned<Application>, reload: () => Promise<unknown>) => ReactNode;
}) {
  const query = useApplication(applicationId);
  const back = (
    <Anchor component={Link} to="/review-queue" size="sm">
      ← Review queue
    </Anchor>
  );
  if (query.isPending)
    return (
      <Page title={title} before={back}>
        <LoadingState label="Loading the application…" />
      </Page>
    );
  if (query.isError) {
    if (isApiError(query.error, 404)) return <NotFound what="This application" />;
    return (
      <Page title={title} before={back}>
        <ErrorState title="The application could not be loaded" error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  }
  return <>{children(query.data, () => query.refetch())}</>;
}

export const queueLink = (
  <Anchor component={Link} to="/review-queue" size="sm">
    ← Review queue
  </Anchor>
);
