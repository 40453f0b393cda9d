import { Anchor, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { Page } from '@/components/layouts/page';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryState } from '@/components/ui/page-state';
import { Section } from '@/components/ui/section';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatDate, formatDateRange, formatInstant } from '@/utils/format';
import { eventTimes } from '@/utils/zoned-time';
import {
  useHome,
  type HomeAnnouncement,
  type HomeEvent,
  type HomeFaculty,
  type HomeOpenApplication,
  type HomeReview,
  type HomeSetupIncomplete,
  type HomeTeamAttention,
  type HomeTeamMember,
  type HomeValuesOwed,
} from '../api/get-home';
import { APPLICATION_STATUS_LABELS, PHASE_LABELS, missingLabel, periodLabel } from '../utils/labels';

/** How many missing items or reasons are listed before "and N more". */
const SHOWN = 5;

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const UP_TO_DATE = 'Nothing is due — you’re up to date';

/** A part of a role's section: an h3 and its list, or what it says when the list is empty. */
function Part({ id, title, empty, children }: { id: string; title: string; empty: ReactNode; children?: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={3} size="h5" id={id}>
        {title}
      </Title>
      {children || (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
    </Stack>
  );
}

/** A list of cards, each an item of a part. */
function Items<T>({ items, label, children }: { items: T[]; label: string; children: (item: T) => ReactNode }) {
  return (
    <Stack component="ul" gap="xs" className="lcp-plain-list" aria-label={label}>
      {items.map((item, i) => (
        <li key={i}>
          <Paper withBorder radius="md" p="sm">
            {children(item)}
          </Paper>
        </li>
      ))}
    </Stack>
  );
}

/** A few lines of a list, then how many more there are. */
function Few({ lines, label }: { lines: string[]; label: string }) {
  const rest = lines.length - SHOWN;
  return (
    <List size="sm" spacing={2} aria-label={label}>
      {lines.slice(0, SHOWN).map((line, i) => (
        <List.Item key={i}>{line}</List.Item>
      ))}
      {rest > 0 && <List.Item>and {rest} more</List.Item>}
    </List>
  );
}

function EventWhen({ event }: { event: HomeEvent }) {
  if (event.allDay) {
    return (
      <Text size="sm">
        {event.endDate && event.endDate !== event.startDate
          ? formatDateRange(event.startDate, event.endDate)
          : formatDate(event.startDate)}{' '}
        (all day)
      </Text>
    );
  }
  const times = eventTimes(event.startsAt, event.endsAt, event.timeZone);
  return (
    <Stack gap={0}>
      <Text size="sm">{times.event}</Text>
      {times.viewer && (
        <Text size="sm" c="dimmed">
          Your time: {times.viewer}
        </Text>
      )}
    </Stack>
  );
}

function EventCard({ event }: { event: HomeEvent }) {
  const kind = event.type === 'CALL' ? 'Call' : `Learning session${event.sessionNumber ? ` ${event.sessionNumber}` : ''}`;
  return (
    <Stack gap={4}>
      <Group gap="xs" justify="space-between">
        <Anchor
          component={Link}
          to={event.type === 'CALL' ? `/calls/${event.id}` : `/collaboratives/${event.collaborativeId}`}
          fw={600}
        >
          {event.title}
        </Anchor>
        <StatusBadge color={event.type === 'CALL' ? 'blue' : 'grape'} size="sm">
          {kind}
        </StatusBadge>
      </Group>
      <EventWhen event={event} />
      <Text size="sm" c="dimmed">
        {event.collaborativeTitle}
      </Text>
      {event.joinUrl && (
        <Text size="sm">
          <Anchor href={event.joinUrl} target="_blank" rel="noreferrer">
            Join link<span className="lcp-visually-hidden"> for {event.title} (opens a new tab)</span>
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}

function OpenApplication({ a }: { a: HomeOpenApplication }) {
  return (
    <Stack gap={4}>
      <Group gap="xs" justify="space-between">
        <Anchor component={Link} to={`/applications/${a.id}`} fw={600}>
          {a.collaborativeTitle}
        </Anchor>
        <StatusBadge color={a.status === 'DRAFT' ? 'yellow' : 'blue'} size="sm">
          {APPLICATION_STATUS_LABELS[a.status]}
        </StatusBadge>
      </Group>
      <Text size="sm" c="dimmed">
        For {a.organizationName}
        {a.returnedForChanges ? ' · returned for changes' : ''}
      </Text>
      {a.missing.length > 0 ? (
        <>
          <Text size="sm">
            {a.missing.length === 1 ? '1 item is' : `${a.missing.length} items are`} still missing before you can submit:
          </Text>
          <Few lines={a.missing.map((m) => missingLabel(m.field, m.message))} label={`Missing from ${a.collaborativeTitle}`} />
          <Anchor component={Link} to={`/applications/${a.id}/edit`} size="sm">
            Complete the application<span className="lcp-visually-hidden"> to {a.collaborativeTitle}</span>
          </Anchor>
        </>
      ) : a.status === 'DRAFT' ? (
        <Anchor component={Link} to={`/applications/${a.id}`} size="sm">
          Ready to submit<span className="lcp-visually-hidden">: the application to {a.collaborativeTitle}</span>
        </Anchor>
      ) : null}
    </Stack>
  );
}

function ValuesOwed({ v }: { v: HomeValuesOwed }) {
  return (
    <Stack gap={4}>
      <Group gap="xs" justify="space-between">
        <Text fw={600} size="sm">
          {periodLabel(v.period)}: {v.missingCount === 1 ? '1 value' : `${v.missingCount} values`}
        </Text>
        <StatusBadge color={v.overdue ? 'red' : 'yellow'} size="sm">
          {v.overdue ? `Overdue since ${formatDate(v.dueDate)}` : `Due ${formatDate(v.dueDate)}`}
        </StatusBadge>
      </Group>
      <Text size="sm" c="dimmed">
        {v.organizationName} · {v.collaborativeTitle}
      </Text>
      <Anchor component={Link} to={`/collaboratives/${v.collaborativeId}/metrics/data`} size="sm">
        Enter the values
        <span className="lcp-visually-hidden">
          {' '}
          for {periodLabel(v.period)} in {v.collaborativeTitle}
        </span>
      </Anchor>
    </Stack>
  );
}

function TeamMemberSection({ s }: { s: HomeTeamMember }) {
  return (
    <Section id="home-team" title="For your team" size="h3">
      <Stack gap="lg">
        <Part id="home-values" title="Values owed" empty={UP_TO_DATE}>
          {s.valuesOwed.length > 0 && (
            <Items items={s.valuesOwed} label="Values owed">
              {(v) => <ValuesOwed v={v} />}
            </Items>
          )}
        </Part>
        <Part id="home-applications" title="Open applications" empty="No open applications.">
          {s.openApplications.length > 0 && (
            <Items items={s.openApplications} label="Open applications">
              {(a) => <OpenApplication a={a} />}
            </Items>
          )}
        </Part>
        <Part
          id="home-next-event"
          title="Next session or call"
          empty={
            <>
              Nothing scheduled in the next three months.{' '}
              <Anchor component={Link} to="/schedule">
                My schedule
              </Anchor>
            </>
          }
        >
          {s.nextEvent && (
            <Paper withBorder radius="md" p="sm">
              <EventCard event={s.nextEvent} />
            </Paper>
          )}
        </Part>
      </Stack>
    </Section>
  );
}

function Review({ r }: { r: HomeReview }) {
  return (
    <Stack gap={4}>
      <Anchor component={Link} to={`/applications/${r.id}/review`} fw={600}>
        {r.organizationName}
        <span className="lcp-visually-hidden">: review the application</span>
      </Anchor>
      <Text size="sm" c="dimmed">
        {r.collaborativeTitle}
        {r.submittedAt ? ` · submitted ${formatDate(r.submittedAt.slice(0, 10))}` : ''}
      </Text>
    </Stack>
  );
}

function TeamAttention({ t }: { t: HomeTeamAttention }) {
  return (
    <Stack gap={4}>
      <Group gap="xs" justify="space-between">
        <Anchor component={Link} to={`/teams/${t.teamId}`} fw={600}>
          {t.organizationName}
        </Anchor>
        <Group gap={6}>
          {t.atRisk && (
            <StatusBadge color="red" size="sm">
              At risk on attendance
            </StatusBadge>
          )}
          {t.overdueValues > 0 && (
            <StatusBadge color="yellow" size="sm">
              {t.overdueValues === 1 ? '1 value overdue' : `${t.overdueValues} values overdue`}
            </StatusBadge>
          )}
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {t.collaborativeTitle}
      </Text>
      {t.reasons.length > 0 && <Few lines={t.reasons} label={`Why ${t.organizationName} is at risk`} />}
      <Group gap="md">
        {t.atRisk && (
          <Anchor component={Link} to={`/teams/${t.teamId}/attendance`} size="sm">
            Attendance<span className="lcp-visually-hidden"> of {t.organizationName}</span>
          </Anchor>
        )}
        {t.overdueValues > 0 && (
          <Anchor component={Link} to={`/collaboratives/${t.collaborativeId}/metrics/completeness`} size="sm">
            Overdue values<span className="lcp-visually-hidden"> in {t.collaborativeTitle}</span>
          </Anchor>
        )}
      </Group>
    </Stack>
  );
}

function SetupIncomplete({ c }: { c: HomeSetupIncomplete }) {
  return (
    <Stack gap={4}>
      <Group gap="xs" justify="space-between">
        <Anchor component={Link} to={`/collaboratives/${c.collaborativeId}`} fw={600}>
          {c.title}
        </Anchor>
        <StatusBadge color="gray" size="sm">
          {PHASE_LABELS[c.phase]}
        </StatusBadge>
      </Group>
      <Few lines={c.missing.map((m) => capital(m.needed ?? m.label))} label={`Still to set up in ${c.title}`} />
    </Stack>
  );
}

function SetupList({ items }: { items: HomeSetupIncomplete[] }) {
  return (
    <Items items={items} label="Collaboratives to finish setting up">
      {(c) => <SetupIncomplete c={c} />}
    </Items>
  );
}

function FacultySection({ s }: { s: HomeFaculty }) {
  return (
    <Section id="home-faculty" title="As faculty" size="h3">
      <Stack gap="lg">
        <Part id="home-reviews" title="Applications awaiting your review" empty="No review to hand in.">
          {s.awaitingMyReview.length > 0 && (
            <Items items={s.awaitingMyReview} label="Applications awaiting your review">
              {(r) => <Review r={r} />}
            </Items>
          )}
        </Part>
        <Part id="home-teams" title="Teams needing attention" empty="No team is overdue or at risk.">
          {s.teamsNeedingAttention.length > 0 && (
            <Items items={s.teamsNeedingAttention} label="Teams needing attention">
              {(t) => <TeamAttention t={t} />}
            </Items>
          )}
        </Part>
        <Part id="home-faculty-events" title="Next events" empty="Nothing scheduled in the next three months.">
          {s.nextEvents.length > 0 && (
            <Items items={s.nextEvents} label="Next events">
              {(e) => <EventCard event={e} />}
            </Items>
          )}
        </Part>
        {s.setupIncomplete.length > 0 && (
          <Part id="home-lead-setup" title="Collaboratives you lead to finish setting up" empty="">
            <SetupList items={s.setupIncomplete} />
          </Part>
        )}
      </Stack>
    </Section>
  );
}

/** Where an announcement's feed is: its collaborative's or community's, or the network's. */
const feedOf = (a: HomeAnnouncement) =>
  a.collaborativeId ? `/collaboratives/${a.collaborativeId}/announcements` : '/announcements';

/** One of the latest announcements: its title (to its feed), who and when, whom to, and its first lines (plain text). */
function AnnouncementItem({ a }: { a: HomeAnnouncement }) {
  return (
    <Stack gap={4}>
      <Group gap="xs" justify="space-between">
        <Anchor component={Link} to={feedOf(a)} fw={600}>
          {a.title}
          <span className="lcp-visually-hidden">
            {' '}
            ({a.collaborativeTitle ? `announcements of ${a.collaborativeTitle}` : 'network announcements'})
          </span>
        </Anchor>
        {a.pinned && (
          <StatusBadge color="blue" size="sm">
            Pinned
          </StatusBadge>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {a.authorName} · <time dateTime={a.publishedAt}>{formatInstant(a.publishedAt)}</time> ·{' '}
        {a.collaborativeTitle ? `To ${a.collaborativeTitle}` : 'To the whole network'}
      </Text>
      <Text size="sm" lineClamp={3} className="lcp-prewrap">
        {a.body}
      </Text>
    </Stack>
  );
}

function AnnouncementsSection({ items }: { items: HomeAnnouncement[] }) {
  return (
    <Section id="home-announcements" title="Announcements" size="h3">
      <Stack gap="sm">
        {items.length > 0 ? (
          <Items items={items} label="Latest announcements">
            {(a) => <AnnouncementItem a={a} />}
          </Items>
        ) : (
          <Text size="sm" c="dimmed">
            No news yet from the network or your communities.
          </Text>
        )}
        <Anchor component={Link} to="/announcements" size="sm">
          All network announcements
        </Anchor>
      </Stack>
    </Section>
  );
}

/** The landing page after sign-in: what is due for the person, one section per role they have. */
export function HomePage() {
  const query = useHome();
  if (!query.data) {
    return (
      <Page title="Home">
        <QueryState query={query} what="what is due for you" />
      </Page>
    );
  }
  const home = query.data;
  const nothing = !home.teamMember && !home.faculty && !home.admin;
  return (
    <Page title="Home">
      <Text c="dimmed">What is due for you, and what comes next.</Text>
      {home.unreadNotifications > 0 && (
        <Text>
          <Anchor component={Link} to="/notifications">
            {home.unreadNotifications === 1 ? '1 unread notification' : `${home.unreadNotifications} unread notifications`}
          </Anchor>
        </Text>
      )}
      {nothing && (
        <EmptyState
          title={UP_TO_DATE}
          action={
            <Anchor component={Link} to="/collaboratives">
              Browse the collaboratives
            </Anchor>
          }
        >
          When your organisation applies to or joins a collaborative, or you are faculty of one, what is due shows here.
        </EmptyState>
      )}
      <AnnouncementsSection items={home.announcements} />
      {home.teamMember && <TeamMemberSection s={home.teamMember} />}
      {home.faculty && <FacultySection s={home.faculty} />}
      {home.admin && (
        <Section id="home-admin" title="Administration" size="h3">
          <Part id="home-setup" title="Collaboratives whose setup is incomplete" empty="Every collaborative is set up.">
            {home.admin.setupIncomplete.length > 0 && <SetupList items={home.admin.setupIncomplete} />}
          </Part>
        </Section>
      )}
    </Page>
  );
}
