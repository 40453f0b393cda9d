import { Anchor, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { BackLink } from '@/components/ui/back-link';
import { PageState } from '@/components/ui/page-state';
import { Page } from '@/components/layouts/page';
import { usePermissions, type Permissions } from '@/lib/auth/permissions';
import { useCollaborative, type Collaborative } from '@/lib/queries/collaboratives';

export type MetricsSection = 'data' | 'completeness' | 'run-charts' | 'team';

/** Which metrics pages a person may use in a collaborative (the API decides in the end). */
export function metricsSections(can: Permissions, collaborativeId: string) {
  const all = can.canSeeAllTeamsMetrics(collaborativeId);
  return {
    /** Members report for their organisation; admins and lead faculty for any team. */
    data: can.isTeamMember || can.canCoordinateMetrics(collaborativeId),
    completeness: all,
    runCharts: all || can.isTeamMember,
  };
}

/** The links between the metrics pages, as the person may use them. */
export function MetricsNav({ collaborativeId, current }: { collaborativeId: string; current: MetricsSection }) {
  const can = usePermissions();
  const s = metricsSections(can, collaborativeId);
  const base = `/collaboratives/${collaborativeId}/metrics`;
  const links = [
    s.data && { key: 'data', to: `${base}/data`, label: 'Data' },
    s.completeness && { key: 'completeness', to: `${base}/completeness`, label: 'Completeness' },
    s.runCharts && { key: 'run-charts', to: `${base}/run-charts`, label: 'Run charts' },
  ].filter(Boolean) as { key: MetricsSection; to: string; label: string }[];
  if (links.length < 2) return null;
  return (
    <nav aria-label="Metrics">
      <Group gap="xs" className="lcp-metrics-tabs" component="ul">
        {links.map((l) => (
          <li key={l.key}>
            <Anchor
              component={Link}
              to={l.to}
              aria-current={current === l.key ? 'page' : undefined}
              className="lcp-metrics-tab"
              underline="never"
            >
              {l.label}
            </Anchor>
          </li>
        ))}
      </Group>
    </nav>
  );
}

/**
 * A metrics page of a collaborative: loads the collaborative, then shows the heading
 * "<heading>: <title>", the way back, the links between the metrics pages and the content.
 */
export function MetricsPage({
  collaborativeId,
  section,
  heading,
  title,
  children,
}: {
  collaborativeId: string;
  section: MetricsSection;
  heading: string;
  /** A full title instead of "<heading>: <collaborative>". */
  title?: (c: Collaborative) => string;
  children: (c: Collaborative) => ReactNode;
}) {
  const query = useCollaborative(collaborativeId);
  const back = <BackLink to={`/collaboratives/${collaborativeId}`}>The collaborative</BackLink>;
  if (query.isPending || query.isError) {
    return <PageState query={query} title={heading} before={back} what="the collaborative" notFound="This collaborative" />;
  }
  const c = query.data;
  return (
    <Page title={title ? title(c) : `${heading}: ${c.title}`} before={back}>
      <MetricsNav collaborativeId={collaborativeId} current={section} />
      {children(c)}
    </Page>
  );
}
