import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation } from 'react-router';

import { ListCount } from '@/components/ui/list-count';
import { BackLink } from '@/components/ui/back-link';
import { QueryState } from '@/components/ui/page-state';
import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/layouts/page';
import { EmptyState } from '@/components/ui/empty-state';
import { PagesNav } from '@/components/ui/pages-nav';
import { StatusBadge } from '@/components/ui/status-badge';
import { isApiError } from '@/lib/api/problem';
import { useMe } from '@/lib/auth/me';
import { todayIso } from '@/utils/zoned-time';
import { useCollaborative } from '@/lib/queries/collaboratives';
import { optionsOf } from '@/utils/labels';
import { CardList, ItemCard } from '@/components/ui/card-list';
import { useListFilters } from '@/lib/list-filters';
import { FilterSelect } from '@/components/ui/filter-select';
import { useCalls, type CallKind, type CallsParams, type CallState } from '../api/get-calls';
import { canManageCalls } from '../utils/access';
import { KIND_LABELS, STATE_LABELS } from '../utils/labels';
import { CallStateBadge } from './call-info';
import { CallTimes } from './call-times';
import '../calls.css';

const PAGE_SIZE = 20;
const WHEN = [
  { value: 'upcoming', label: 'Upcoming' },
  { value: 'past', label: 'Past' },
  { value: 'all', label: 'All' },
] as const;

function paramsOf(search: URLSearchParams): CallsParams & { when: string } {
  const when = WHEN.some((w) => w.value === search.get('when')) ? search.get('when')! : 'upcoming';
  const kind = search.get('kind');
  const state = search.get('state');
  const page = Math.max(Number(search.get('page') ?? '1') || 1, 1) - 1;
  const today = todayIso();
  return {
    when,
    from: when === 'upcoming' ? today : undefined,
    to: when === 'past' ? today : undefined,
    kind: kind && kind in KIND_LABELS ? (kind as CallKind) : undefined,
    state: state && state in STATE_LABELS ? (state as CallState) : undefined,
    page,
    size: PAGE_SIZE,
  };
}

/** A collaborative's calls, upcoming first; faculty schedule a series or one call from here. */
export function CallsList({ collaborativeId }: { collaborativeId: string }) {
  const me = useMe();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const { search, update } = useListFilters();
  const { when, ...params } = paramsOf(search);
  const collaborative = useCollaborative(collaborativeId);
  const query = useCalls(collaborativeId, params);
  const canManage = canManageCalls(me, collaborativeId);

  if (collaborative.isError && isApiError(collaborative.error, 404)) return <NotFound what="This collaborative" />;
  const c = collaborative.data;
  const data = query.data;
  const pages = data ? Math.ceil(data.total / PAGE_SIZE) : 0;
  const closed = c?.phase === 'CLOSED';

  return (
    <Page
      title={c ? `Calls: ${c.title}` : 'Calls'}
      before={<BackLink to={`/collaboratives/${collaborativeId}`}>Back to the collaborative</BackLink>}
      actions={
        <>
          {canManage && !closed && (
            <Button component={Link} to={`/collaboratives/${collaborativeId}/calls/new-series`}>
              Schedule a series
            </Button>
          )}
          {canManage && !closed && (
            <Button component={Link} to={`/collaboratives/${collaborativeId}/calls/new`} variant="default">
              Schedule one call
            </Button>
          )}
          <Button component={Link} to={`/collaboratives/${collaborativeId}/call-archive`} variant="default">
            Call archive
          </Button>
          <Button component={Link} to={`/collaboratives/${collaborativeId}/calendar`} variant="default">
            Calendar
          </Button>
        </>
      }
    >
      {notice && (
        <Text role="status" fw={600}>
          {notice}
        </Text>
      )}
      <form role="search" aria-label="Filter calls" onSubmit={(e) => e.preventDefault()}>
        <Group align="flex-end" gap="sm" className="lcp-filters">
          <FilterSelect id="calls-when" label="When" name="when" value={when} options={WHEN} onFilter={update} />
          <FilterSelect
            id="calls-kind"
            label="Kind"
            name="kind"
            value={params.kind}
            any="Every kind"
            options={optionsOf(KIND_LABELS)}
            onFilter={update}
          />
          <FilterSelect
            id="calls-state"
            label="State"
            name="state"
            value={params.state}
            any="Every state"
            options={optionsOf(STATE_LABELS)}
            onFilter={update}
          />
        </Group>
      </form>
      <div aria-busy={query.isFetching}>
        {query.isPending || query.isError ? (
          <QueryState query={query} what="the calls" />
        ) : data && data.items.length === 0 ? (
          <EmptyState
            title={when === 'upcoming' ? 'No upcoming call' : 'No call to show'}
            action={
              canManage && !closed ? (
                <Button component={Link} to={`/collaboratives/${collaborativeId}/calls/new-series`} size="xs" variant="default">
                  Schedule a series
                </Button>
              ) : undefined
            }
          >
            {canManage
              ? 'Schedule consultation calls for the teams, as a series or one at a time.'
              : 'Calls appear here once the faculty schedule them.'}
          </EmptyState>
        ) : (
          data && (
            <Stack gap="sm">
              <ListCount total={data.total} one="call" many="calls" page={(params.page ?? 0) + 1} pages={pages} />
              <CardList items={data.items} keyOf={(call) => call.id}>
                {(call) => (
                  <ItemCard
                    labelledBy={`call-${call.id}`}
                    gap={4}
                    className={call.state === 'CANCELLED' ? 'lcp-call-cancelled' : undefined}
                  >
                    <Group justify="space-between" wrap="wrap" gap="xs">
                      <Title order={2} size="h5" id={`call-${call.id}`} className="lcp-call-title">
                        <Anchor component={Link} to={`/calls/${call.id}`} c="inherit">
                          {call.topic}
                        </Anchor>
                      </Title>
                      <Group gap={6}>
                        <StatusBadge color={call.kind === 'CONSULTATION' ? 'blue' : 'teal'} size="sm">
                          {KIND_LABELS[call.kind]}
                        </StatusBadge>
                        <CallStateBadge call={call} size="sm" />
                      </Group>
                    </Group>
                    <CallTimes startsAt={call.startsAt} endsAt={call.endsAt} timeZone={call.timeZone} />
                    <Text size="sm" c="dimmed">
                      {[
                        call.audience === 'TEAM' ? `For ${call.teamName ?? 'one team'}` : 'Whole collaborative',
                        call.facilitatorName ? `Facilitator: ${call.facilitatorName}` : '',
                        call.seriesId ? 'Part of a series' : '',
                        call.capacity !== undefined
                          ? `${call.seatsTaken ?? 0} of ${call.capacity} seats taken${call.waiting ? `, ${call.waiting} waiting` : ''}`
                          : '',
                        call.archive ? 'Archived' : '',
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </ItemCard>
                )}
              </CardList>
            </Stack>
          )
        )}
      </div>
      <PagesNav
        label="Pages of calls"
        pages={pages}
        page={(params.page ?? 0) + 1}
        onChange={(p) => update({ page: String(p) })}
      />
    </Page>
  );
}
