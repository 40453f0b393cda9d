import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';

import { QueryState } from '@/components/ui/page-state';
import { DataTable } from '@/components/ui/data-table';
import { PagesNav } from '@/components/ui/pages-nav';
import { Section } from '@/components/ui/section';
import type { components } from '@/lib/api/schema';
import { RANKING_PAGE_SIZE, useRanking, type ApplicationRank } from '../api/get-ranking';
import { CRITERIA } from '../utils/labels';

type ApplicationStatus = components['schemas']['ApplicationStatus'];

const mean = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(2));

function recommendations(r: ApplicationRank): string {
  const { accept, waitlist, decline } = r.recommendations;
  if (accept + waitlist + decline === 0) return '—';
  return [accept && `${accept} accept`, waitlist && `${waitlist} waitlist`, decline && `${decline} decline`]
    .filter(Boolean)
    .join(', ');
}

/**
 * The collaborative's applicants ranked by their mean review score, with each criterion's mean
 * side by side, the reviews counted and what they recommend, their status and waitlist place; the
 * application on screen is marked.
 */
export function ApplicantRanking({
  collaborativeId,
  currentApplicationId,
  renderStatus,
}: {
  collaborativeId: string;
  currentApplicationId?: string;
  /** How a status is shown (the applications feature's badge). */
  renderStatus: (status: ApplicationStatus) => ReactNode;
}) {
  const [page, setPage] = useState(0);
  const query = useRanking(collaborativeId, page);
  return (
    <Section id="ranking-title" title="All applicants, by mean score" titleGap="xs">
      {query.isPending || query.isError ? (
        <QueryState query={query} what="the ranking" />
      ) : query.data.total === 0 ? (
        <Text size="sm" c="dimmed">
          No application was submitted yet.
        </Text>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Means of the submitted reviews, 1 to 5; applicants without a submitted review come last.
          </Text>
          <DataTable
            region="Applicants by mean score, scrollable"
            aria-label="Applicants by mean score"
            columns={[
              'Rank',
              'Applicant',
              ...CRITERIA.map((c) => c.label),
              'Mean',
              'Reviews',
              'Recommended',
              'Status',
              'Waitlist',
            ]}
          >
            {query.data.items.map((r) => {
              const current = r.applicationId === currentApplicationId;
              return (
                <Table.Tr key={r.applicationId} aria-current={current ? 'true' : undefined} fw={current ? 700 : undefined}>
                  <Table.Td>{r.rank}</Table.Td>
                  <Table.Th scope="row">
                    {current ? (
                      <span>
                        {r.organizationName}{' '}
                        <Text span size="xs">
                          (this application)
                        </Text>
                      </span>
                    ) : (
                      <Anchor component={Link} to={`/applications/${r.applicationId}/decision`} size="sm">
                        {r.organizationName}
                      </Anchor>
                    )}
                  </Table.Th>
                  {CRITERIA.map((c) => (
                    <Table.Td key={c.key}>{mean(r.criterionMeans?.[c.key])}</Table.Td>
                  ))}
                  <Table.Td>{mean(r.meanScore)}</Table.Td>
                  <Table.Td>{r.submittedReviews}</Table.Td>
                  <Table.Td>{recommendations(r)}</Table.Td>
                  <Table.Td>{renderStatus(r.status)}</Table.Td>
                  <Table.Td>{r.waitlistPosition ?? '—'}</Table.Td>
                </Table.Tr>
              );
            })}
          </DataTable>
          <Group>
            <PagesNav
              label="Pages of the ranking"
              pages={Math.ceil(query.data.total / RANKING_PAGE_SIZE)}
              page={page + 1}
              onChange={(p) => setPage(p - 1)}
            />
          </Group>
        </Stack>
      )}
    </Section>
  );
}
