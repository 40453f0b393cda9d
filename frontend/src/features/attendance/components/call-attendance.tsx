import { Text } from '@mantine/core';

import { BackLink } from '@/components/ui/back-link';
import { PageState } from '@/components/ui/page-state';
import { Page } from '@/components/layouts/page';
import { eventTimes } from '@/utils/zoned-time';
import { useCall } from '@/lib/queries/calls';
import { useCallAttendance, type CallAttendanceSheet } from '../api/get-call-attendance';
import { useRecordCallAttendance } from '../api/record-call-attendance';
import type { SheetGroup } from '../utils/marks';
import { AttendanceSheet } from './attendance-sheet';

const KIND_NAMES = { CONSULTATION: 'Consultation call', INFORMATIONAL: 'Informational call', WEBINAR: 'Webinar' } as const;

function groupsOf(sheet: CallAttendanceSheet): SheetGroup[] {
  const groups = new Map<string, SheetGroup>();
  for (const p of sheet.people) {
    // A learning community's member may have joined for no organisation.
    const key = p.teamId ?? p.organizationId ?? 'no-organization';
    const group = groups.get(key) ?? { key, title: p.organizationName ?? 'No organisation', rows: [] };
    const id = p.rosterMemberId ?? p.attendeeId ?? p.communityMemberId;
    if (!id) continue;
    group.rows.push({
      key: id,
      idField: p.rosterMemberId ? 'rosterMemberId' : p.attendeeId ? 'attendeeId' : 'communityMemberId',
      name: p.name,
      email: p.email,
      role: p.role,
      status: p.status,
      note: p.note,
      recordedAt: p.recordedAt,
      recordedBy: p.recordedBy,
    });
    groups.set(key, group);
  }
  return [...groups.values()];
}

function readOnlyReason(sheet: CallAttendanceSheet): string {
  if (sheet.state === 'CANCELLED') return 'This call was cancelled: there is no attendance to take.';
  return 'Attendance is taken by the collaborative’s faculty (in a learning community, also by the call’s facilitator) once the call has started.';
}

/**
 * Faculty (and a learning community's call facilitator) take a call's attendance: the audience's
 * roster members, an informational call's or a webinar's registered attendees, or a community's members.
 */
export function CallAttendance({ callId }: { callId: string }) {
  const query = useCallAttendance(callId);
  const call = useCall(callId);
  const record = useRecordCallAttendance();
  const back = <BackLink to={`/calls/${callId}`}>Back to the call</BackLink>;

  if (query.isPending || query.isError) {
    return <PageState query={query} title="Call attendance" before={back} what="the attendance sheet" notFound="This call" />;
  }
  const { data: sheet, etag } = query.data;
  const times = call.data ? eventTimes(call.data.startsAt, call.data.endsAt, call.data.timeZone) : null;
  return (
    <Page title={call.data ? `Attendance: ${call.data.topic}` : 'Call attendance'} before={back}>
      {times && (
        <Text>
          {KIND_NAMES[sheet.kind]} · {times.event}
          {times.viewer ? ` (your time: ${times.viewer})` : ''}
        </Text>
      )}
      <AttendanceSheet
        groups={groupsOf(sheet)}
        recordable={sheet.recordable}
        readOnlyReason={readOnlyReason(sheet)}
        what="this call"
        emptyText={
          sheet.kind === 'INFORMATIONAL'
            ? 'No organisation has registered anyone for this informational call.'
            : sheet.kind === 'WEBINAR'
              ? 'No organisation has a confirmed registration for this webinar (those on its waitlist are not expected).'
              : 'Nobody was on the audience’s rosters on the day of the call.'
        }
        etag={etag}
        onSave={(records, ifMatch) => record.mutateAsync({ callId, etag: ifMatch, body: { records } })}
        onReload={async () => (await query.refetch()).data}
      />
    </Page>
  );
}
