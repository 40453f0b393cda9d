import { Button } from '@mantine/core';
import { useRouteError } from 'react-router';

import { ErrorState } from '@/components/ui/error-state';

/** A page that failed to load or render (e.g. a new version was deployed meanwhile). */
export function RouteError() {
  const error = useRouteError();
  return (
    <main id="main" className="lcp-centered">
      <ErrorState
        title="This page could not be shown"
        error={error}
        action={<Button onClick={() => window.location.reload()}>Reload the page</Button>}
      />
    </main>
  );
}
