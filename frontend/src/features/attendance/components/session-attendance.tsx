import { Text } from '@mantine/core';

import { BackLink } from '@/components/ui/back-link';
import { PageState } from '@/components/ui/page-state';
import { Page } from '@/components/layouts/page';
import { formatDate, formatDateRange } from '@/utils/format';
import { useSessionAttendance, type SessionAttendanceSheet } from '../api/get-session-attendance';
import { useRecordSessionAttendance } from '../api/record-session-attendance';
import type { SheetGroup } from '../utils/marks';
import { AttendanceHistory } from './attendance-history';
import { AttendanceSheet } from './attendance-sheet';

function groupsOf(sheet: SessionAttendanceSheet): SheetGroup[] {
  return sheet.teams.map((t) => ({
    key: t.teamId,
    title: t.organizationName,
    rows: t.members.map((m) => ({
      key: m.rosterMemberId,
      idField: 'rosterMemberId' as const,
      name: m.name,
      email: m.email,
      role: m.role,
      countsForCriterion: m.countsForCriterion,
      status: m.record?.status,
      note: m.record?.note,
      recordedAt: m.record?.recordedAt,
      recordedBy: m.record?.recordedBy,
      revisions: m.record?.revisions,
    })),
  }));
}

function readOnlyReason(sheet: SessionAttendanceSheet): string {
  if (!sheet.held) {
    return `Attendance is taken at or after the session${sheet.startDate ? `, which starts on ${formatDate(sheet.startDate)}` : ', which has no date yet'}.`;
  }
  return 'Only the collaborative’s faculty and platform admins record attendance, and not once the collaborative is closed.';
}

/** Faculty take a learning session's attendance: every roster member expected, team by team. */
export function SessionAttendance({ collaborativeId, sessionId }: { collaborativeId: string; sessionId: string }) {
  const query = useSessionAttendance(collaborativeId, sessionId);
  const record = useRecordSessionAttendance();
  const back = <BackLink to={`/collaboratives/${collaborativeId}/attendance`}>Attendance report</BackLink>;

  if (query.isPending || query.isError) {
    return (
      <PageState query={query} title="Attendance" before={back} what="the attendance sheet" notFound="This learning session" />
    );
  }
  const { data: sheet, etag } = query.data;
  return (
    <Page title={`Attendance: learning session ${sheet.sessionNumber}`} before={back}>
      <Text>
        {sheet.title}
        {sheet.startDate ? ` · ${formatDateRange(sheet.startDate, sheet.endDate)}` : ''}
      </Text>
      <AttendanceSheet
        groups={groupsOf(sheet)}
        recordable={sheet.recordable}
        readOnlyReason={readOnlyReason(sheet)}
        what={`learning session ${sheet.sessionNumber}`}
        emptyText="No enrolled team had anyone on its roster during this session."
        etag={etag}
        onSave={(records, ifMatch) =>
          record.mutateAsync({
            collaborativeId,
            sessionId,
            etag: ifMatch,
            body: {
              records: records.map(({ rosterMemberId, status, note }) => ({ rosterMemberId: rosterMemberId!, status, note })),
            },
          })
        }
        onReload={async () => (await query.refetch()).data}
        renderHistory={(row) => <AttendanceHistory collaborativeId={collaborativeId} sessionId={sessionId} row={row} />}
      />
    </Page>
  );
}
