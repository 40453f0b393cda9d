import { Anchor, Group, Paper, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';

import { QueryState } from '@/components/ui/page-state';
import { EmptyState } from '@/components/ui/empty-state';
import { useMe } from '@/lib/auth/me';
import { permissionsOf } from '@/lib/auth/permissions';
import { formatInstant } from '@/utils/format';
import { optionsOf } from '@/utils/labels';
import { CardList, ItemCard } from '@/components/ui/card-list';
import { withChanges } from '@/utils/search-params';
import { FilterSelect } from '@/components/ui/filter-select';
import { useApplications, type ApplicationStatus, type ApplicationsParams } from '../api/get-applications';
import { ALL_STATUSES, STATUS_LABELS, isDecidable } from '../utils/labels';
import { ApplicationStatusBadge } from './application-status-badge';

/** Faculty see submitted applications only: drafts stay private to the applicant. */
const QUEUE_STATUSES = ALL_STATUSES.filter((s) => s !== 'DRAFT');

/**
 * The applications faculty review, with filters kept in the address (collaborative, status,
 * assigned to me): reviewers go on to score, lead faculty to decide.
 */
export function ReviewQueue() {
  const me = useMe();
  const can = permissionsOf(me);
  const [params, setParams] = useSearchParams();
  const collaborativeId = params.get('collaborativeId') ?? '';
  const statusParam = params.get('status') ?? '';
  const status = (QUEUE_STATUSES as string[]).includes(statusParam) ? (statusParam as ApplicationStatus) : undefined;
  const assignedToMe = params.get('assignedToMe') === 'true';
  const query: ApplicationsParams = {
    size: 100,
    ...(collaborativeId ? { collaborativeId } : {}),
    ...(status ? { status } : {}),
    ...(assignedToMe ? { assignedToMe: true } : {}),
  };
  const list = useApplications(query);
  const collaboratives = me.facultyOf ?? [];

  const update = (changes: Record<string, string>) => setParams(withChanges(params, changes), { replace: true });

  return (
    <Stack gap="md">
      <Paper
        withBorder
        radius="md"
        p="md"
        component="form"
        aria-label="Filters"
        role="search"
        onSubmit={(e) => e.preventDefault()}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }} verticalSpacing="sm">
          <FilterSelect
            label="Collaborative"
            name="collaborativeId"
            value={collaborativeId}
            any={can.isAdmin ? 'All collaboratives' : 'All of mine'}
            options={collaboratives.map((c) => ({ value: c.collaborativeId, label: c.title }))}
            onFilter={update}
          />
          <FilterSelect
            label="Status"
            name="status"
            value={status}
            any="Any status"
            options={optionsOf(STATUS_LABELS, QUEUE_STATUSES)}
            onFilter={update}
          />
          <Switch
            mt={{ sm: 30 }}
            label="Assigned to me"
            checked={assignedToMe}
            onChange={(e) => update({ assignedToMe: e.currentTarget.checked ? 'true' : '' })}
          />
        </SimpleGrid>
      </Paper>
      {list.isPending || list.isError ? (
        <QueryState query={list} what="the applications" />
      ) : list.data.items.length === 0 ? (
        <EmptyState title="No application to show">
          {collaboratives.length === 0 && !can.isAdmin
            ? 'You are not faculty of any collaborative.'
            : 'No submitted application matches these filters.'}
        </EmptyState>
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {list.data.total} {list.data.total === 1 ? 'application' : 'applications'}
          </Text>
          <CardList items={list.data.items} keyOf={(a) => a.id} label="Applications to review">
            {(a) => (
              <ItemCard labelledBy={`queue-${a.id}`} padding="md">
                <Group justify="space-between" wrap="wrap" gap="sm">
                  <Stack gap={2}>
                    <Anchor component={Link} to={`/applications/${a.id}`} fw={600} id={`queue-${a.id}`}>
                      {a.organizationName}
                    </Anchor>
                    <Text size="sm">{a.collaborativeTitle}</Text>
                    <Text size="xs" c="dimmed">
                      {a.submittedAt ? `Submitted ${formatInstant(a.submittedAt)}` : `Changed ${formatInstant(a.updatedAt)}`}
                      {a.readinessScore !== undefined ? ` · readiness ${a.readinessScore}` : ''}
                    </Text>
                  </Stack>
                  <Group gap="sm">
                    <ApplicationStatusBadge status={a.status} />
                    {a.status === 'UNDER_REVIEW' && (
                      <Anchor
                        component={Link}
                        to={`/applications/${a.id}/review`}
                        size="sm"
                        aria-label={`Score ${a.organizationName}`}
                      >
                        Score
                      </Anchor>
                    )}
                    {can.canEditCollaborative(a.collaborativeId) && isDecidable(a.status) && (
                      <Anchor
                        component={Link}
                        to={`/applications/${a.id}/decision`}
                        size="sm"
                        aria-label={`Decide on ${a.organizationName}`}
                      >
                        Decide
                      </Anchor>
                    )}
                  </Group>
                </Group>
              </ItemCard>
            )}
          </CardList>
        </>
      )}
    </Stack>
  );
}
