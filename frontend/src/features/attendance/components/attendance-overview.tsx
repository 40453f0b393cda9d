import { Anchor, Group, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { QueryState } from '@/components/ui/page-state';
import { Page } from '@/components/layouts/page';
import { EmptyState } from '@/components/ui/empty-state';
import { useMe } from '@/lib/auth/me';
import { useCollaboratives } from '@/lib/queries/collaboratives';
import { CardList, ItemCard } from '@/components/ui/card-list';

interface Entry {
  id: string;
  title: string;
  note?: string;
}

function Entries({ entries }: { entries: Entry[] }) {
  return (
    <CardList items={entries} keyOf={(c) => c.id}>
      {(c) => (
        <ItemCard labelledBy={`att-${c.id}`} gap={4}>
          <Title order={2} size="h5" id={`att-${c.id}`}>
            {c.title}
          </Title>
          {c.note && (
            <Text size="xs" c="dimmed">
              {c.note}
            </Text>
          )}
          <Group gap="md" wrap="wrap">
            <Anchor
              component={Link}
              to={`/collaboratives/${c.id}/attendance`}
              size="sm"
              aria-label={`Attendance report: ${c.title}`}
            >
              Attendance report
            </Anchor>
            <Anchor component={Link} to={`/collaboratives/${c.id}/calls`} size="sm" aria-label={`Calls: ${c.title}`}>
              Calls
            </Anchor>
            <Anchor component={Link} to={`/collaboratives/${c.id}/calendar`} size="sm" aria-label={`Calendar: ${c.title}`}>
              Calendar
            </Anchor>
          </Group>
        </ItemCard>
      )}
    </CardList>
  );
}

/** Faculty's way in: the collaboratives they run, each with its attendance report, calls and calendar. */
export function AttendanceOverview() {
  const me = useMe();
  const isAdmin = me.roles.includes('admin');
  const all = useCollaboratives({ size: 100 }, isAdmin);
  const mine: Entry[] = (me.facultyOf ?? []).map((f) => ({
    id: f.collaborativeId,
    title: f.title,
    note: f.lead ? 'Lead faculty' : 'Faculty',
  }));

  let body;
  if (isAdmin) {
    body =
      all.isPending || all.isError ? (
        <QueryState query={all} what="collaboratives" failed="The collaboratives could not be loaded" />
      ) : all.data.items.length === 0 ? (
        <EmptyState title="No collaborative yet" />
      ) : (
        <Entries
          entries={all.data.items.map((c) => ({
            id: c.id,
            title: c.title,
            note: mine.some((m) => m.id === c.id) ? 'You are faculty' : undefined,
          }))}
        />
      );
  } else {
    body =
      mine.length === 0 ? (
        <EmptyState title="You are not faculty of a collaborative">
          Attendance is taken by the collaboratives’ faculty; yours appear here once you are assigned.
        </EmptyState>
      ) : (
        <Entries entries={mine} />
      );
  }
  return (
    <Page title="Attendance and calls">
      <Text>Take attendance at learning sessions and calls, see which teams are at risk, and schedule calls.</Text>
      {body}
    </Page>
  );
}
