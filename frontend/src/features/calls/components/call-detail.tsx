import { Alert, Anchor, Grid, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';

import { Section } from '@/components/ui/section';
import { PageState } from '@/components/ui/page-state';
import { Page } from '@/components/layouts/page';
import { useMe } from '@/lib/auth/me';
import { useNow } from '@/lib/use-now';
import { useVersionedCall, type Call } from '@/lib/queries/calls';
import { Facts } from '@/components/ui/facts';
import { CollaborativeLink } from '@/components/ui/collaborative-link';
import { useSeries } from '../api/get-series';
import { canManageCalls } from '../utils/access';
import { KIND_LABELS, ruleText } from '../utils/labels';
import { CallTimes } from './call-times';
import { Registrations } from './registrations';
import '../calls.css';

import { ArchiveEntry, CallStateBadge, JoinInfo } from './call-info';
import { FacultyActions } from './call-faculty-actions';

/** A webinar's seats: its capacity, the seats taken and how many registrations wait. */
function seatFacts(c: Call): [string, string][] {
  if (c.kind !== 'WEBINAR') return [];
  if (c.capacity === undefined) return [['Capacity', 'No limit']];
  const waiting = c.waiting ?? 0;
  return [
    ['Capacity', `${c.capacity} ${c.capacity === 1 ? 'seat' : 'seats'}`],
    ['Seats taken', `${c.seatsTaken ?? 0} of ${c.capacity}`],
    [
      'Waiting',
      waiting === 0
        ? 'Nobody is on the waitlist'
        : `${waiting} ${waiting === 1 ? 'registration' : 'registrations'} on the waitlist`,
    ],
  ];
}

/** A call: when (in its zone and the viewer's), how to join, its series, archive entry and registrations. */
export function CallDetail({ callId }: { callId: string }) {
  const me = useMe();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const query = useVersionedCall(callId);
  const seriesId = query.data?.data.seriesId;
  const series = useSeries(seriesId);
  const now = useNow();

  if (query.isPending || query.isError) {
    return <PageState query={query} title="Call" what="the call" notFound="This call" />;
  }
  const c = query.data.data;
  const canManage = canManageCalls(me, c.collaborativeId);
  const started = new Date(c.startsAt).getTime() <= now;
  // A learning community's member who facilitates the call takes its attendance (the API decides).
  const takesAttendance =
    !canManage &&
    c.facilitatorUserId === me.userId &&
    started &&
    c.state !== 'CANCELLED' &&
    (me.communities ?? []).some((m) => m.collaborativeId === c.collaborativeId && m.status === 'ACTIVE');

  return (
    <Page
      title={c.topic}
      aside={<CallStateBadge call={c} size="lg" />}
      before={
        <Anchor component={Link} to={`/collaboratives/${c.collaborativeId}/calls`} size="sm">
          ← Calls of {c.collaborativeTitle}
        </Anchor>
      }
    >
      {notice && (
        <Text role="status" fw={600}>
          {notice}
        </Text>
      )}
      {c.state === 'CANCELLED' && (
        <Alert color="red" variant="light" title="This call is cancelled">
          {c.cancellationReason || 'No reason was given.'}
        </Alert>
      )}
      {canManage && <FacultyActions loaded={query.data} onReload={() => query.refetch()} />}
      {!canManage && (c.state === 'HELD' || takesAttendance) && (
        <Anchor component={Link} to={`/calls/${c.id}/attendance`} size="sm">
          {takesAttendance ? 'Take attendance' : 'Who attended'}
        </Anchor>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Section id="call-when" title="When and how to join">
              <Facts
                stacked
                facts={[
                  ['When', <CallTimes startsAt={c.startsAt} endsAt={c.endsAt} timeZone={c.timeZone} size="md" />],
                  ['Duration', `${c.durationMinutes} minutes`],
                  ['How to join', <JoinInfo call={c} />],
                ]}
              />
            </Section>
            {c.description && (
              <Section id="call-description" title="About this call">
                <Text className="lcp-prewrap">{c.description}</Text>
              </Section>
            )}
            {(started || c.archive) && c.state !== 'CANCELLED' && (
              <Section id="call-archive" title="Archive entry">
                <ArchiveEntry call={c} />
              </Section>
            )}
            {c.kind !== 'CONSULTATION' && <Registrations call={c} canManage={canManage} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Section id="call-facts" title="Details">
            <Facts
              stacked
              facts={[
                ['Kind', KIND_LABELS[c.kind]],
                ['Collaborative', <CollaborativeLink id={c.collaborativeId} title={c.collaborativeTitle} />],
                ['For', c.audience === 'TEAM' ? (c.teamName ?? 'One team') : 'The whole collaborative'],
                ['Facilitator', c.facilitatorName ?? '—'],
                ...seatFacts(c),
                seriesId && [
                  'Series',
                  series.data
                    ? `${ruleText(series.data.data)}; ${series.data.data.calls.length} ${series.data.data.calls.length === 1 ? 'call' : 'calls'}`
                    : series.isError
                      ? 'Part of a series'
                      : 'Part of a series…',
                ],
              ]}
            />
          </Section>
        </Grid.Col>
      </Grid>
    </Page>
  );
}
