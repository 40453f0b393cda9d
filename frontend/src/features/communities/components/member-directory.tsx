import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';

import { RowList } from '@/components/ui/card-list';
import { EmptyState } from '@/components/ui/empty-state';
import { FilterSelect } from '@/components/ui/filter-select';
import { ListState } from '@/components/ui/page-state';
import { PagesNav } from '@/components/ui/pages-nav';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatInstant } from '@/utils/format';
import { useDirectory } from '../api/members';
import { ROLE_LABELS, STATUS_COLORS, STATUS_LABELS } from '../utils/labels';
import { isCurrent, type CommunityMember, type CommunityMemberStatus, type Standing } from '../utils/standing';
import type { Act } from './community-members';

export const PAGE_SIZE = 20;

const STATUSES: CommunityMemberStatus[] = ['ACTIVE', 'PENDING', 'INVITED', 'DECLINED', 'LEFT', 'REMOVED'];

/** Name, organisation, role, region of a row, with its badges. */
function MemberLine({ m, showStatus }: { m: CommunityMember; showStatus: boolean }) {
  const details = [m.organizationName, m.role && ROLE_LABELS[m.role], m.region].filter(Boolean).join(' · ');
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="wrap">
        <Text fw={600}>{m.name}</Text>
        {m.facilitator && <StatusBadge color="indigo">Facilitator</StatusBadge>}
        {showStatus && m.status !== 'ACTIVE' && (
          <StatusBadge color={STATUS_COLORS[m.status]}>{STATUS_LABELS[m.status]}</StatusBadge>
        )}
        {showStatus && m.status === 'ACTIVE' && !m.visible && (
          <Text size="xs" c="dimmed">
            (hidden from other members)
          </Text>
        )}
      </Group>
      {details && <Text size="sm">{details}</Text>}
    </Stack>
  );
}

/** Stewards: the requests waiting for a decision, oldest first in name order, with Approve and Decline. */
export function PendingRequests({
  collaborativeId,
  onAct,
  busy,
  closed,
}: {
  collaborativeId: string;
  onAct: Act;
  busy: boolean;
  closed: boolean;
}) {
  const [page, setPage] = useState(1);
  const query = useDirectory(collaborativeId, { page: page - 1, size: PAGE_SIZE, status: 'PENDING' });
  const pages = query.data ? Math.ceil(query.data.total / PAGE_SIZE) : 0;
  return (
    <ListState query={query} what="the requests" empty={<Text c="dimmed">No request is waiting for a decision.</Text>}>
      {(rows) => (
        <Stack gap="sm">
          <RowList items={rows} keyOf={(m) => m.id} label="Requests to join">
            {(m) => (
              <Stack gap={4}>
                <MemberLine m={m} showStatus={false} />
                <Text size="sm" c="dimmed">
                  Asked on {formatInstant(m.requestedAt)}
                </Text>
                {m.message && <Text className="lcp-prewrap">“{m.message}”</Text>}
                {!closed && (
                  <Group gap="xs">
                    <Button
                      size="compact-sm"
                      onClick={() => onAct(m, 'approve')}
                      disabled={busy}
                      aria-label={`Approve ${m.name}`}
                    >
                      Approve
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => onAct(m, 'decline')}
                      disabled={busy}
                      aria-label={`Decline ${m.name}`}
                    >
                      Decline
                    </Button>
                  </Group>
                )}
              </Stack>
            )}
          </RowList>
          <PagesNav label="Pages of requests" pages={pages} page={page} onChange={setPage} />
        </Stack>
      )}
    </ListState>
  );
}

/**
 * The member directory, by name: members see the visible ACTIVE members; stewards see every row
 * (a filter by status, Remove), lead faculty and admins make members facilitators.
 */
export function MemberDirectory({
  collaborativeId,
  standing,
  myUserId,
  closed,
  busy,
  onAct,
}: {
  collaborativeId: string;
  standing: Standing;
  myUserId: string | undefined;
  closed: boolean;
  busy: boolean;
  onAct: Act;
}) {
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<CommunityMemberStatus | undefined>('ACTIVE');
  const query = useDirectory(collaborativeId, { page: page - 1, size: PAGE_SIZE, ...(status ? { status } : {}) });
  const pages = query.data ? Math.ceil(query.data.total / PAGE_SIZE) : 0;
  return (
    <Stack gap="sm">
      {standing.steward && (
        <FilterSelect
          name="status"
          label="Show"
          value={status}
          any="Everybody, ended memberships too"
          options={STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          onFilter={({ status: s }) => {
            setStatus((s || undefined) as CommunityMemberStatus | undefined);
            setPage(1);
          }}
          maw={320}
        />
      )}
      <div aria-busy={query.isFetching}>
        <ListState
          query={query}
          what="the directory"
          empty={
            <EmptyState title={status && status !== 'ACTIVE' ? 'Nobody with this status' : 'No member yet'} headingLevel={3}>
              {standing.steward
                ? 'Invite people, or approve their requests to join.'
                : 'Members who choose to be seen appear here.'}
            </EmptyState>
          }
        >
          {(rows) => (
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {query.data!.total === 1 ? '1 person' : `${query.data!.total} people`}
                {pages > 1 && `, page ${page} of ${pages}`}
              </Text>
              <RowList items={rows} keyOf={(m) => m.id} label="Members">
                {(m) => {
                  const self = m.userId === myUserId;
                  const mayRemove = standing.steward && !self && isCurrent(m) && !closed;
                  const mayFacilitate = standing.lead && m.status === 'ACTIVE' && !closed;
                  return (
                    <Stack gap={4}>
                      <MemberLine m={m} showStatus={standing.steward} />
                      {(mayRemove || mayFacilitate) && (
                        <Group gap="xs">
                          {mayFacilitate && (
                            <Button
                              size="compact-sm"
                              variant="default"
                              disabled={busy}
                              onClick={() => onAct(m, m.facilitator ? 'unfacilitate' : 'facilitate')}
                              aria-label={`${m.facilitator ? 'Stop facilitating' : 'Make facilitator'}: ${m.name}`}
                            >
                              {m.facilitator ? 'Stop facilitating' : 'Make facilitator'}
                            </Button>
                          )}
                          {mayRemove && (
                            <Button
                              size="compact-sm"
                              variant="default"
                              color="red"
                              disabled={busy}
                              onClick={() => onAct(m, 'end')}
                              aria-label={`${m.status === 'ACTIVE' ? 'Remove' : 'Withdraw'} ${m.name}`}
                            >
                              {m.status === 'ACTIVE' ? 'Remove' : 'Withdraw'}
                            </Button>
                          )}
                        </Group>
                      )}
                    </Stack>
                  );
                }}
              </RowList>
              <PagesNav label="Pages of members" pages={pages} page={page} onChange={setPage} />
            </Stack>
          )}
        </ListState>
      </div>
    </Stack>
  );
}
