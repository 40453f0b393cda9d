import { NativeSelect, Stack, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';

import { QueryState } from '@/components/ui/page-state';
import { Page } from '@/components/layouts/page';
import { EmptyState } from '@/components/ui/empty-state';
import { formatDate } from '@/utils/format';
import { addDaysIso, todayIso, viewerTimeZone } from '@/utils/zoned-time';
import { ScheduleColumns, ScheduleItemList, ScheduleSection } from './schedule-layout';
import { useMySchedule, type ScheduleItem } from '../api/get-my-schedule';
import { CalendarLink } from './calendar-link';

const PERIODS = [
  { value: 'next-30', label: 'The next 30 days' },
  { value: 'next-90', label: 'The next 3 months' },
  { value: 'next-365', label: 'The next 12 months' },
  { value: 'past-90', label: 'The past 3 months' },
] as const;
type Period = (typeof PERIODS)[number]['value'];

function rangeOf(period: Period, today: string): { from: string; to: string } {
  switch (period) {
    case 'next-30':
      return { from: today, to: addDaysIso(today, 30) };
    case 'next-365':
      return { from: today, to: addDaysIso(today, 365) };
    case 'past-90':
      return { from: addDaysIso(today, -90), to: today };
    default:
      return { from: today, to: addDaysIso(today, 90) };
  }
}

const longDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(y!, m! - 1, d!),
  );
};

/** Items by the day they start (a learning session spanning days is listed on its first). */
function byDay(items: ScheduleItem[]): [string, ScheduleItem[]][] {
  const days = new Map<string, ScheduleItem[]>();
  for (const item of items) {
    const list = days.get(item.startDate) ?? [];
    list.push(item);
    days.set(item.startDate, list);
  }
  return [...days.entries()];
}

/** The learning sessions and calls the person is expected at, with join details, and the calendar link. */
export function MySchedule() {
  const [search, setSearch] = useSearchParams();
  const raw = search.get('period');
  const period: Period = PERIODS.some((p) => p.value === raw) ? (raw as Period) : 'next-90';
  const { from, to } = rangeOf(period, todayIso());
  const query = useMySchedule(from, to);
  const label = PERIODS.find((p) => p.value === period)!.label.toLowerCase();

  return (
    <Page title="My schedule">
      <Text size="sm" c="dimmed">
        Times are shown in each event’s time zone and, where it differs, in yours ({viewerTimeZone()}).
      </Text>
      <ScheduleColumns wideFrom="md" aside={<CalendarLink />}>
        <NativeSelect
          id="schedule-period"
          label="Show"
          value={period}
          onChange={(e) => {
            const next = new URLSearchParams(search);
            next.set('period', e.currentTarget.value);
            setSearch(next, { replace: true });
          }}
          data={PERIODS.map((p) => ({ value: p.value, label: p.label }))}
          maw={260}
        />
        <div aria-busy={query.isFetching}>
          {query.isPending || query.isError ? (
            <QueryState query={query} what="your schedule" />
          ) : query.data.items.length === 0 ? (
            <EmptyState title={`Nothing scheduled for ${label}`}>
              Learning sessions and calls appear here when your organisation is enrolled in a collaborative, when your
              organisation registered for an informational call, or when you are faculty.
            </EmptyState>
          ) : (
            <Stack gap="md">
              <Text size="sm" c="dimmed" role="status">
                {query.data.items.length === 1 ? '1 event' : `${query.data.items.length} events`} from{' '}
                {formatDate(query.data.from)} to {formatDate(query.data.to)}
              </Text>
              {byDay(query.data.items).map(([day, items]) => (
                <ScheduleSection key={day} id={`day-${day}`} title={longDate(day)} headingOrder={2}>
                  <ScheduleItemList items={items} />
                </ScheduleSection>
              ))}
            </Stack>
          )}
        </div>
      </ScheduleColumns>
    </Page>
  );
}
