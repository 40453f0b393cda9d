import { Anchor, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';

import { BackLink } from '@/components/ui/back-link';
import { QueryState } from '@/components/ui/page-state';
import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/layouts/page';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState } from '@/components/ui/loading-state';
import { isApiError } from '@/lib/api/problem';
import { todayIso, viewerTimeZone } from '@/utils/zoned-time';
import { useCollaborativeSchedule } from '../api/get-collaborative-schedule';
import { useCollaborative } from '@/lib/queries/collaboratives';
import { ScheduleColumns, ScheduleItemList, ScheduleSection } from './schedule-layout';
import type { ScheduleItem } from '../api/get-my-schedule';
import { kindLabel } from '../utils/labels';
import {
  addMonths,
  currentMonth,
  datesInMonth,
  firstDay,
  lastDay,
  monthGrid,
  monthKey,
  monthTitle,
  parseMonth,
  weekdayNames,
  type Month,
} from '../utils/month';
import { CalendarLink } from './calendar-link';
import { itemKey, itemLink } from './schedule-item-card';
import '../schedule.css';

/** "12:00" in the event's zone for calls; nothing for all-day sessions. */
function shortTime(item: ScheduleItem): string {
  if (item.allDay || !item.start) return '';
  return item.start.slice(11, 16);
}

function MonthGrid({ month, items }: { month: Month; items: ScheduleItem[] }) {
  const byDate = new Map<string, ScheduleItem[]>();
  for (const item of items) {
    for (const d of datesInMonth(item.startDate, item.endDate, month)) {
      byDate.set(d, [...(byDate.get(d) ?? []), item]);
    }
  }
  const today = todayIso();
  const names = weekdayNames();
  return (
    <table className="lcp-month">
      <caption className="lcp-visually-hidden">{monthTitle(month)}</caption>
      <thead>
        <tr>
          {names.map((n) => (
            <th key={n.long} scope="col">
              <abbr title={n.long}>{n.short}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthGrid(month).map((week, i) => (
          <tr key={i}>
            {week.map((date, j) =>
              date ? (
                <td key={date} data-today={date === today || undefined}>
                  <div className="lcp-month-day">
                    {Number(date.slice(8))}
                    {date === today && <span className="lcp-visually-hidden"> (today)</span>}
                  </div>
                  {(byDate.get(date) ?? []).length > 0 && (
                    <ul className="lcp-plain-list lcp-month-events">
                      {byDate.get(date)!.map((item) => (
                        <li key={itemKey(item)} data-type={item.type} data-state={item.state}>
                          <Anchor component={Link} to={itemLink(item)} size="xs">
                            {item.state === 'CANCELLED' && 'Cancelled: '}
                            {shortTime(item) && `${shortTime(item)} `}
                            {item.title}
                            <span className="lcp-visually-hidden"> ({kindLabel(item)})</span>
                          </Anchor>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ) : (
                <td key={`empty-${j}`} aria-hidden="true" className="lcp-month-outside" />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A collaborative's month: learning sessions and the calls the person may see, month by month. */
export function CollaborativeCalendar({ collaborativeId }: { collaborativeId: string }) {
  const [search, setSearch] = useSearchParams();
  const month = parseMonth(search.get('month'), currentMonth());
  const collaborative = useCollaborative(collaborativeId);
  const query = useCollaborativeSchedule(collaborativeId, firstDay(month), lastDay(month));

  const go = (m: Month) => {
    const next = new URLSearchParams(search);
    next.set('month', monthKey(m));
    setSearch(next, { replace: true });
  };

  if (collaborative.isError && isApiError(collaborative.error, 404)) return <NotFound what="This collaborative" />;
  if (query.isError && isApiError(query.error, 404)) return <NotFound what="This collaborative" />;

  const title = collaborative.data ? `Calendar: ${collaborative.data.title}` : 'Calendar';
  const previous = addMonths(month, -1);
  const next = addMonths(month, 1);
  const items = query.data?.items ?? [];
  // A month shown while the next loads belongs to the other month.
  const showing = query.data && query.data.from === firstDay(month) ? month : null;

  return (
    <Page
      title={title}
      before={<BackLink to={`/collaboratives/${collaborativeId}`}>Back to the collaborative</BackLink>}
      actions={
        <Button component={Link} to={`/collaboratives/${collaborativeId}/calls`} variant="default">
          Calls
        </Button>
      }
    >
      <ScheduleColumns
        wideFrom="lg"
        aside={<CalendarLink collaborativeId={collaborativeId} collaborativeTitle={collaborative.data?.title} />}
      >
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Title order={2} size="h3" aria-live="polite">
            {monthTitle(month)}
          </Title>
          <Group gap="xs" role="group" aria-label="Change month">
            <Button
              variant="default"
              size="xs"
              onClick={() => go(previous)}
              aria-label={`Previous month, ${monthTitle(previous)}`}
            >
              <span aria-hidden="true">←&nbsp;</span>Previous
            </Button>
            <Button variant="default" size="xs" onClick={() => go(currentMonth())}>
              This month
            </Button>
            <Button variant="default" size="xs" onClick={() => go(next)} aria-label={`Next month, ${monthTitle(next)}`}>
              Next<span aria-hidden="true">&nbsp;→</span>
            </Button>
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          Calls are shown at their local time; open one for its time in your zone ({viewerTimeZone()}) and how to join.
        </Text>
        <div aria-busy={query.isFetching}>
          {query.isPending || query.isError ? (
            <QueryState query={query} what="the calendar" />
          ) : (
            <Stack gap="md">
              <Box visibleFrom="sm" className="lcp-month-wrap">
                <MonthGrid month={showing ?? month} items={showing ? items : []} />
              </Box>
              <ScheduleSection id="month-events" title={`Events in ${monthTitle(month)}`} headingOrder={3}>
                {!showing ? (
                  <LoadingState label="Loading the month…" />
                ) : items.length === 0 ? (
                  <EmptyState title="Nothing this month" headingLevel={3}>
                    No learning session or call you may see falls in {monthTitle(month)}.
                  </EmptyState>
                ) : (
                  <ScheduleItemList items={items} showCollaborative={false} headingLevel={4} />
                )}
              </ScheduleSection>
            </Stack>
          )}
        </div>
      </ScheduleColumns>
    </Page>
  );
}
