import { Alert, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';

import { QueryState } from '@/components/ui/page-state';
import { StatusBadge } from '@/components/ui/status-badge';
import { LoadingState } from '@/components/ui/loading-state';
import { FormStatus } from '@/components/ui/form-status';
import { useServerForm } from '@/lib/forms/use-server-form';
import { useAssignReviewer } from '../api/assign-reviewer';
import { useFaculty } from '@/lib/queries/collaboratives';
import { DataTable } from '@/components/ui/data-table';
import { Section } from '@/components/ui/section';
import { useReviews } from '../api/get-reviews';
import { CRITERIA, RECOMMENDATION_LABELS, REVIEW_STATUS_LABELS } from '../utils/labels';

/**
 * Why no reviewer can be assigned, if none can: the collaborative has no faculty at all (they are
 * added on the collaborative's page first), or every one of them is already assigned.
 */
export function noCandidateMessage(facultyCount: number, unassignedCount: number): string | undefined {
  if (facultyCount === 0)
    return 'This collaborative has no faculty yet, so no reviewer can be assigned. Add faculty on the collaborative’s page first.';
  if (unassignedCount === 0)
    return facultyCount === 1 ? 'Its only faculty member is assigned.' : `All ${facultyCount} faculty members are assigned.`;
  return undefined;
}

function AssignReviewer({
  applicationId,
  collaborativeId,
  assigned,
}: {
  applicationId: string;
  collaborativeId: string;
  assigned: string[];
}) {
  const faculty = useFaculty(collaborativeId);
  const assign = useAssignReviewer();
  const server = useServerForm({
    initialValues: { userId: '' },
    validate: { userId: (value) => (value ? null : 'Choose a faculty member.') },
    labels: { userId: 'Assign a reviewer' },
    idPrefix: 'assign',
    inputIdOf: () => 'assign-reviewer',
    focus: 'field',
    resetOnSave: true,
    send: ({ userId }) => assign.mutateAsync({ applicationId, userId }),
    summaryTitle: () => 'Not assigned',
  });
  if (faculty.isPending) return <LoadingState label="Loading the faculty…" />;
  if (faculty.isError) return <Text size="sm">The faculty could not be loaded.</Text>;
  const message = noCandidateMessage(
    faculty.data.items.length,
    faculty.data.items.filter((f) => !assigned.includes(f.userId)).length,
  );
  const candidates = faculty.data.items.filter((f) => !assigned.includes(f.userId));
  if (message)
    return (
      <Text size="sm" c="dimmed">
        {message}
      </Text>
    );

  return (
    <form noValidate onSubmit={server.onSubmit} aria-label="Assign a reviewer">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          {...server.field('userId')}
          data={[
            { value: '', label: 'Choose…' },
            ...candidates.map((f) => ({ value: f.userId, label: `${f.name || f.email}${f.lead ? ' (lead)' : ''}` })),
          ]}
          style={{ flex: '1 1 14rem' }}
        />
        <Button type="submit" variant="default" loading={server.submitting}>
          Assign
        </Button>
      </Group>
      <FormStatus of={server} />
    </form>
  );
}

/** Every review of an application side by side, the mean total, and who else may review it. */
export function ReviewsPanel({
  applicationId,
  collaborativeId,
  canAssign,
}: {
  applicationId: string;
  collaborativeId: string;
  canAssign: boolean;
}) {
  const query = useReviews(applicationId);
  return (
    <Section id="reviews-title" title="Reviews" titleGap="xs">
      {query.isPending || query.isError ? (
        <QueryState query={query} what="the reviews" />
      ) : (
        <Stack gap="md">
          {query.data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              No reviewer is assigned yet.
            </Text>
          ) : (
            <>
              <Text size="sm" fw={600}>
                Mean total: {query.data.averageTotal !== undefined ? `${query.data.averageTotal} of 20` : 'no scores yet'}
              </Text>
              <DataTable
                region="Reviews, scrollable"
                aria-label="Reviews"
                columns={['Reviewer', ...CRITERIA.map((c) => c.label), 'Total', 'Recommends']}
              >
                {query.data.items.map((r) => (
                  <Table.Tr key={r.reviewerId}>
                    <Table.Th scope="row">
                      <Stack gap={2} align="flex-start">
                        <span>{r.reviewerName}</span>
                        <StatusBadge
                          color={r.status === 'RECUSED' ? 'gray' : r.status === 'SUBMITTED' ? 'green' : 'blue'}
                          size="sm"
                        >
                          {REVIEW_STATUS_LABELS[r.status]}
                        </StatusBadge>
                      </Stack>
                    </Table.Th>
                    {CRITERIA.map((c) => (
                      <Table.Td key={c.key}>{r.scores?.[c.key] ?? '—'}</Table.Td>
                    ))}
                    <Table.Td>{r.total ?? '—'}</Table.Td>
                    <Table.Td>{r.recommendation ? RECOMMENDATION_LABELS[r.recommendation] : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </DataTable>
              {query.data.items
                .filter((r) => r.comment || r.recusalReason)
                .map((r) => (
                  <Alert
                    key={r.reviewerId}
                    role="note"
                    variant="outline"
                    color="gray"
                    title={`${r.reviewerName}${r.recusalReason ? ' (recused)' : ''}`}
                  >
                    <Text size="sm" className="lcp-prewrap">
                      {r.recusalReason ?? r.comment}
                    </Text>
                  </Alert>
                ))}
            </>
          )}
          {canAssign && (
            <AssignReviewer
              applicationId={applicationId}
              collaborativeId={collaborativeId}
              assigned={query.data.items.map((r) => r.reviewerId)}
            />
          )}
        </Stack>
      )}
    </Section>
  );
}
