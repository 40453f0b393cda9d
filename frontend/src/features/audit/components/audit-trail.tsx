import { Alert, Anchor, Badge, Button, Code, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { FilterSelect } from '@/components/ui/filter-select';
import { ItemCard, CardList } from '@/components/ui/card-list';
import { ColumnHeadings } from '@/components/ui/data-table';
import { QueryState } from '@/components/ui/page-state';
import { PagesNav } from '@/components/ui/pages-nav';
import { errorMessage } from '@/lib/api/problem';
import { useListFilters, useSearchBox } from '@/lib/list-filters';
import { useCollaboratives } from '@/lib/queries/collaboratives';
import { useOrganizationList } from '@/lib/queries/organizations';
import { formatInstant } from '@/utils/format';
import { exportAuditEvents } from '../api/export-audit-events';
import { useAuditEvents, type AuditEvent } from '../api/get-audit-events';
import { SUBJECT_TYPES, actionLabel, actorLabel, auditFilters, subjectPath, subjectTypeLabel } from '../utils/audit';
import { saveBlob } from '@/utils/save-blob';
import { ChangeDiff } from './change-diff';

const PAGE_SIZE = 20;

const SUBJECT_OPTIONS = Object.entries(SUBJECT_TYPES)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label));

/** A name for the subject of a change: its name or title as recorded, else its kind. */
function subjectName(e: AuditEvent): string {
  const named = (s?: Record<string, unknown>) =>
    typeof s?.name === 'string' ? s.name : typeof s?.title === 'string' ? s.title : undefined;
  return named(e.after) ?? named(e.before) ?? subjectTypeLabel(e.entityType);
}

/** The audit trail for admins: who changed what and when, filtered, paged, newest first. */
export function AuditTrail() {
  const { search, page, update } = useListFilters();
  const who = useSearchBox(search.get('who') ?? '', (q) => update({ who: q }));
  const action = useSearchBox(search.get('action') ?? '', (q) => update({ action: q }));
  const { filters, rangeError } = auditFilters(search);
  const query = useAuditEvents({ ...filters, page: page - 1, size: PAGE_SIZE }, !rangeError);
  const collaboratives = useCollaboratives({ size: 100 });
  const organizations = useOrganizationList({ size: 100 });
  const isPhone = useMediaQuery('(max-width: 47.99em)', false);
  const [download, setDownload] = useState<{ busy: boolean; message?: string; failed?: boolean }>({ busy: false });

  const withChosen = (options: { value: string; label: string }[], chosen: string | undefined, label: string) =>
    chosen && !options.some((o) => o.value === chosen) ? [...options, { value: chosen, label }] : options;
  const collaborativeOptions = withChosen(
    (collaboratives.data?.items ?? []).map((c) => ({ value: c.id, label: c.title })),
    filters.collaborativeId,
    'The chosen collaborative',
  );
  const organizationOptions = withChosen(
    (organizations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name })),
    filters.organizationId,
    'The chosen organisation',
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The boxes' pending searches were made from the address before this one: run late, they would drop the other box's text.
    who.cancel();
    action.cancel();
    update({ who: who.text.trim(), action: action.text.trim() });
  };
  /** Every filter off, then `changes` (the search boxes follow). */
  const refilter = (changes: Record<string, string | undefined> = {}) => {
    who.cancel();
    action.cancel();
    who.setText('');
    action.setText('');
    update({
      who: undefined,
      actor: undefined,
      type: undefined,
      subject: undefined,
      action: undefined,
      collaborative: undefined,
      organization: undefined,
      from: undefined,
      to: undefined,
      ...changes,
    });
  };
  const filtered = [...search.keys()].some((k) => k !== 'page');

  const downloadCsv = async () => {
    setDownload({ busy: true });
    try {
      const { blob, fileName, truncated } = await exportAuditEvents(filters);
      saveBlob(blob, fileName);
      setDownload({
        busy: false,
        message: truncated ? 'The file holds the newest 10,000 changes only; narrow the filters for the rest.' : undefined,
      });
    } catch (error) {
      setDownload({ busy: false, failed: true, message: errorMessage(error) });
    }
  };

  const items = query.data?.items ?? [];
  const pages = query.data ? Math.ceil(query.data.total / PAGE_SIZE) : 0;
  const firstActor = filters.actor ? items.find((e) => e.actorUserId === filters.actor)?.actorName : undefined;

  return (
    <Stack gap="md">
      <form role="search" aria-label="Filter the audit trail" onSubmit={submit}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            <TextInput id="audit-who" label="Who" description="Part of a name or e-mail address" {...who.input} />
            <TextInput
              id="audit-action"
              label="Action"
              description="Its start, e.g. organization. or organization.updated"
              {...action.input}
            />
            <FilterSelect
              id="audit-type"
              label="Subject"
              name="type"
              value={filters.entityType}
              any="Every kind of subject"
              options={SUBJECT_OPTIONS}
              onFilter={(changes) => update({ ...changes, subject: undefined })}
            />
            <FilterSelect
              id="audit-collaborative"
              label="Collaborative"
              name="collaborative"
              value={filters.collaborativeId}
              any="Every collaborative"
              options={collaborativeOptions}
              onFilter={update}
            />
            <FilterSelect
              id="audit-organization"
              label="Organisation"
              name="organization"
              value={filters.organizationId}
              any="Every organisation"
              options={organizationOptions}
              onFilter={update}
            />
            <SimpleGrid cols={2} spacing="xs">
              <TextInput
                id="audit-from"
                type="date"
                label="From"
                description="First day"
                value={search.get('from') ?? ''}
                onChange={(e) => update({ from: e.currentTarget.value })}
              />
              <TextInput
                id="audit-to"
                type="date"
                label="To"
                description="Last day"
                value={search.get('to') ?? ''}
                onChange={(e) => update({ to: e.currentTarget.value })}
                error={rangeError}
              />
            </SimpleGrid>
          </SimpleGrid>
          <Group gap="sm">
            <Button type="submit">Apply</Button>
            {filtered && (
              <Button variant="default" onClick={() => refilter()}>
                Clear the filters
              </Button>
            )}
            <Button variant="default" onClick={() => void downloadCsv()} loading={download.busy} disabled={!!rangeError}>
              Download CSV
            </Button>
          </Group>
        </Stack>
      </form>

      {download.message && (
        <Alert color={download.failed ? 'red' : 'yellow'} role={download.failed ? 'alert' : 'status'}>
          {download.failed ? `The file could not be made: ${download.message}` : download.message}
        </Alert>
      )}

      {(filters.actor || filters.entityId) && (
        <Group gap="sm">
          {filters.actor && (
            <Group gap={6}>
              <Text size="sm">Only the changes of {firstActor ?? 'one person'}.</Text>
              <Button variant="subtle" size="compact-sm" onClick={() => update({ actor: undefined })}>
                Show everyone’s
              </Button>
            </Group>
          )}
          {filters.entityId && (
            <Group gap={6}>
              <Text size="sm">
                Only the history of one {subjectTypeLabel(filters.entityType ?? '').toLowerCase() || 'subject'}.
              </Text>
              <Button variant="subtle" size="compact-sm" onClick={() => update({ subject: undefined })}>
                Show every subject
              </Button>
            </Group>
          )}
        </Group>
      )}

      <div aria-busy={query.isFetching}>
        {rangeError ? (
          <Text c="dimmed">Choose a last day on or after the first day.</Text>
        ) : query.isPending || query.isError ? (
          <QueryState query={query} what="the audit trail" failed="The audit trail could not be loaded" />
        ) : items.length === 0 ? (
          <EmptyState title={filtered ? 'No change matches' : 'No changes recorded yet'}>
            {filtered ? 'Try fewer filters or a longer period.' : 'Changes appear here as people make them.'}
          </EmptyState>
        ) : (
          <Stack gap="sm">
            <Text size="sm" c="dimmed" role="status">
              {query.data.total === 1 ? '1 change' : `${query.data.total.toLocaleString()} changes`}, newest first
            </Text>
            {isPhone ? (
              <CardList items={items} keyOf={(e) => e.id} label="Changes, newest first">
                {(e) => (
                  <ItemCard labelledBy={`audit-${e.id}`}>
                    <Title order={2} size="h5" id={`audit-${e.id}`}>
                      {subjectTypeLabel(e.entityType)} · {actionLabel(e.action)}
                    </Title>
                    <Text size="sm">
                      <time dateTime={e.occurredAt}>{formatInstant(e.occurredAt)}</time> · {actorLabel(e)}
                    </Text>
                    <EventLinks event={e} onFilter={refilter} />
                    <ChangeDiff event={e} label={`Fields of the change at ${formatInstant(e.occurredAt)}`} />
                  </ItemCard>
                )}
              </CardList>
            ) : (
              <div className="lcp-table-scroll" tabIndex={0} role="region" aria-label="Changes, scrollable">
                <Table verticalSpacing="sm" style={{ verticalAlign: 'top' }}>
                  <Table.Caption className="lcp-visually-hidden">Changes, newest first</Table.Caption>
                  <ColumnHeadings columns={['When', 'Who', 'What', 'Fields']} />
                  <Table.Tbody>
                    {items.map((e) => (
                      <Table.Tr key={e.id} style={{ verticalAlign: 'top' }}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <time dateTime={e.occurredAt}>{formatInstant(e.occurredAt)}</time>
                        </Table.Td>
                        <Table.Td>
                          <Stack gap={4} align="flex-start">
                            <Text size="sm">{actorLabel(e)}</Text>
                            {e.actorKind !== 'PERSON' && (
                              <Badge variant="light" color="gray" size="sm">
                                {e.actorKind === 'MACHINE_CLIENT' ? 'Data system' : 'System'}
                              </Badge>
                            )}
                          </Stack>
                        </Table.Td>
                        <Table.Td>
                          <Stack gap={4} align="flex-start">
                            <Text size="sm" fw={600}>
                              {subjectTypeLabel(e.entityType)} · {actionLabel(e.action)}
                            </Text>
                            <Code>{e.action}</Code>
                            <EventLinks event={e} onFilter={refilter} />
                          </Stack>
                        </Table.Td>
                        <Table.Td miw={280}>
                          <ChangeDiff event={e} label={`Fields of the change at ${formatInstant(e.occurredAt)}`} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </div>
            )}
          </Stack>
        )}
      </div>
      <PagesNav label="Pages of the audit trail" pages={pages} page={page} onChange={(p) => update({ page: String(p) })} />
    </Stack>
  );
}

/** The subject's page, and the whole trail of the subject, or of the person who made the change. */
function EventLinks({
  event: e,
  onFilter,
}: {
  event: AuditEvent;
  onFilter: (changes: Record<string, string | undefined>) => void;
}) {
  const path = subjectPath(e);
  return (
    <Group gap="xs" wrap="wrap">
      {path && (
        <Anchor component={Link} to={path} size="sm">
          {subjectName(e)}
        </Anchor>
      )}
      {e.entityId && (
        <Button
          variant="subtle"
          size="compact-xs"
          onClick={() => onFilter({ type: e.entityType, subject: e.entityId })}
          aria-label={`History of ${subjectName(e)}`}
        >
          History
        </Button>
      )}
      {e.actorUserId && (
        <Button
          variant="subtle"
          size="compact-xs"
          onClick={() => onFilter({ actor: e.actorUserId })}
          aria-label={`Their changes (${actorLabel(e)})`}
        >
          Their changes
        </Button>
      )}
    </Group>
  );
}
