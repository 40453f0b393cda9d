import { useNavigate } from 'react-router';

import { BackLink } from '@/components/ui/back-link';
import { PageState } from '@/components/ui/page-state';
import { NotAllowed } from '@/components/errors/not-allowed';
import { Page } from '@/components/layouts/page';
import { useMe } from '@/lib/auth/me';
import { todayIso, viewerTimeZone } from '@/utils/zoned-time';
import { useCreateCall, useCreateSeries } from '../api/schedule-calls';
import { canManageCalls } from '../utils/access';
import { toCallInput, toSeriesInput, type CallDetailsValues } from '../utils/recurrence';
import { CallForm } from './call-form';
import { SeriesForm } from './series-form';
import { useCallFormContext } from './use-call-form-context';

const details = (facilitator: string): CallDetailsValues => ({
  kind: 'CONSULTATION',
  topic: '',
  description: '',
  timeZone: viewerTimeZone(),
  durationMinutes: '60',
  facilitatorUserId: facilitator,
  audience: 'COLLABORATIVE',
  teamId: '',
  mode: 'VIDEO',
  joinUrl: '',
  phoneNumber: '',
  accessCode: '',
});

/** Faculty schedule calls: a series from a rule, or one call. */
export function ScheduleCalls({ collaborativeId, single = false }: { collaborativeId: string; single?: boolean }) {
  const me = useMe();
  const navigate = useNavigate();
  const context = useCallFormContext(collaborativeId);
  const createSeries = useCreateSeries();
  const createCall = useCreateCall();
  const title = single ? 'Schedule a call' : 'Schedule a call series';
  const back = <BackLink to={`/collaboratives/${collaborativeId}/calls`}>Calls</BackLink>;

  if (!canManageCalls(me, collaborativeId)) {
    return <NotAllowed reason="Only the collaborative’s faculty and platform admins schedule calls." />;
  }
  if (context.isPending || context.isError) {
    return <PageState query={context} title={title} before={back} what="the collaborative" notFound="This collaborative" />;
  }
  const c = context.collaborative.data!;
  const done = (notice: string) => navigate(`/collaboratives/${collaborativeId}/calls`, { state: { notice } });

  return (
    <Page title={`${title}: ${c.title}`} before={back}>
      {single ? (
        <CallForm
          initialValues={{ ...details(context.defaultFacilitator), date: todayIso(), time: '12:00', capacity: '' }}
          {...context.choices}
          allowWebinar
          submitLabel="Schedule the call"
          send={(values) => createCall.mutateAsync({ collaborativeId, body: toCallInput(values) })}
          onSaved={(saved) => navigate(`/calls/${saved.data.id}`)}
          onCancel={() => void navigate(`/collaboratives/${collaborativeId}/calls`)}
        />
      ) : (
        <SeriesForm
          mode="create"
          initialValues={{
            ...details(context.defaultFacilitator),
            weekday: '',
            startTime: '12:00',
            startDate: todayIso(),
            intervalWeeks: '2',
            ends: 'count',
            until: '',
            count: '6',
          }}
          {...context.choices}
          submitLabel="Schedule the series"
          send={(values) => createSeries.mutateAsync({ collaborativeId, body: toSeriesInput(values) })}
          onSaved={(saved) => {
            const n = saved.data.calls.length;
            return done(`Series “${saved.data.topic}” scheduled: ${n} ${n === 1 ? 'call' : 'calls'}.`);
          }}
          onCancel={() => void navigate(`/collaboratives/${collaborativeId}/calls`)}
        />
      )}
    </Page>
  );
}
