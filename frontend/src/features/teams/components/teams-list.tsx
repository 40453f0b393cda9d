import { Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router';

import { BackLink } from '@/components/ui/back-link';
import { QueryState } from '@/components/ui/page-state';
import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/layouts/page';
import { EmptyState } from '@/components/ui/empty-state';
import { StatusBadge } from '@/components/ui/status-badge';
import { isApiError } from '@/lib/api/problem';
import { formatInstant } from '@/utils/format';
import { useCollaborative } from '@/lib/queries/collaboratives';
import { useTeams } from '@/lib/queries/teams';
import { TEAM_ROLE_LABELS } from '@/utils/labels';
import { CardList, ItemCard } from '@/components/ui/card-list';
import { Composition } from './composition';

/** The collaborative's enrolled teams, each with its current roster and composition warnings. */
export function TeamsList({ collaborativeId }: { collaborativeId: string }) {
  const collaborative = useCollaborative(collaborativeId);
  const teams = useTeams(collaborativeId);
  const title = collaborative.data ? `Enrolled teams: ${collaborative.data.title}` : 'Enrolled teams';
  const back = <BackLink to={`/collaboratives/${collaborativeId}`}>The collaborative</BackLink>;
  if (isApiError(collaborative.error, 404) || isApiError(teams.error, 404)) return <NotFound what="This collaborative" />;
  return (
    <Page title={title} before={back}>
      {collaborative.data && (
        <Text>
          {collaborative.data.acceptedTeams} accepted
          {collaborative.data.capacity !== undefined ? ` of ${collaborative.data.capacity} places` : ''}
        </Text>
      )}
      {teams.isPending || teams.isError ? (
        <QueryState query={teams} what="the teams" />
      ) : teams.data.items.length === 0 ? (
        <EmptyState title="No team enrolled yet">Teams are enrolled when their application is accepted.</EmptyState>
      ) : (
        <CardList items={teams.data.items} keyOf={(t) => t.id} label="Teams">
          {(t) => {
            const current = t.roster.filter((m) => m.current);
            return (
              <ItemCard labelledBy={`team-${t.id}`} padding="md" gap="xs">
                <Group justify="space-between" wrap="wrap">
                  <Anchor component={Link} to={`/teams/${t.id}`} fw={600} id={`team-${t.id}`}>
                    {t.organizationName}
                  </Anchor>
                  {t.composition.warnings.length > 0 ? (
                    <StatusBadge color="orange">{t.composition.warnings.length} warning(s)</StatusBadge>
                  ) : (
                    <StatusBadge color="green">Complete</StatusBadge>
                  )}
                </Group>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Text size="xs" c="dimmed">
                    Enrolled {formatInstant(t.enrolledAt)}
                  </Text>
                  <Anchor
                    component={Link}
                    to={`/collaboratives/${t.collaborativeId}/metrics/teams/${t.organizationId}`}
                    size="sm"
                    aria-describedby={`team-${t.id}`}
                  >
                    Metrics
                  </Anchor>
                </Group>
                <Composition team={t} />
                <ul className="lcp-plain-list" aria-label={`Roster of ${t.organizationName}`}>
                  {current.map((m) => (
                    <li key={m.id}>
                      <Text size="sm">
                        {m.name} · {TEAM_ROLE_LABELS[m.role]}
                      </Text>
                    </li>
                  ))}
                </ul>
              </ItemCard>
            );
          }}
        </CardList>
      )}
    </Page>
  );
}
