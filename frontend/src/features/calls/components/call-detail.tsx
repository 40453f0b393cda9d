import { Alert, Anchor, Grid, Stack, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';

import { Section } from '@/components/ui/section';
import { PageState } from '@/components/ui/page-state';
import { Page } from '@/components/layouts/page';
import { useMe } from '@/lib/auth/me';
import { useNow } from '@/lib/use-now';
import { useVersionedCall } from '@/lib/queries/calls';
import { useSeries } from '../api/get-series';
import { canManageCalls } from '../utils/access';
import { KIND_LABELS, ruleText } from '../utils/labels';
import { CallTimes } from './call-times';
import { Registrations } from './registrations';
import '../calls.css';

import { ArchiveEntry, CallStateBadge, JoinInfo } from './call-info';
import { FacultyActions } from './call-faculty-actions';

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
      {!canManage && c.state === 'HELD' && (
        <Anchor component={Link} to={`/calls/${c.id}/attendance`} size="sm">
          Who attended
        </Anchor>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Section id="call-when" title="When and how to join">
              <dl className="lcp-facts lcp-facts-stacked">
                <div>
                  <dt>When</dt>
                  <dd>
                    <CallTimes startsAt={c.startsAt} endsAt={c.endsAt} timeZone={c.timeZone} size="md" />
                  </dd>
                </div>
                <div>
                  <dt>Duration</dt>
                  <dd>{c.durationMinutes} minutes</dd>
                </div>
                <div>
                  <dt>How to join</dt>
                  <dd>
                    <JoinInfo call={c} />
                  </dd>
                </div>
              </dl>
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
            {c.kind === 'INFORMATIONAL' && <Registrations call={c} canManage={canManage} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Section id="call-facts" title="Details">
            <dl className="lcp-facts lcp-facts-stacked">
              <div>
                <dt>Kind</dt>
                <dd>{KIND_LABELS[c.kind]}</dd>
              </div>
              <div>
                <dt>Collaborative</dt>
                <dd>
                  <Anchor component={Link} to={`/collaboratives/${c.collaborativeId}`}>
                    {c.collaborativeTitle}
                  </Anchor>
                </dd>
              </div>
              <div>
                <dt>For</dt>
                <dd>{c.audience === 'TEAM' ? (c.teamName ?? 'One team') : 'The whole collaborative'}</dd>
              </div>
              <div>
                <dt>Facilitator</dt>
                <dd>{c.facilitatorName ?? '—'}</dd>
              </div>
              {seriesId && (
                <div>
                  <dt>Series</dt>
                  <dd>
                    {series.data
                      ? `${ruleText(series.data.data)}; ${series.data.data.calls.length} ${series.data.data.calls.length === 1 ? 'call' : 'calls'}`
                      : series.isError
                        ? 'Part of a series'
                        : 'Part of a series…'}
                  </dd>
                </div>
              )}
            </dl>
          </Section>
        </Grid.Col>
      </Grid>
    </Page>
  );
}
