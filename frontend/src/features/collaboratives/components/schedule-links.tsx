import { Anchor, Group, Text } from '@mantine/core';
import { Link } from 'react-router';

import type { Collaborative } from '@/lib/queries/collaboratives';
import { useMe } from '@/lib/auth/me';
import { usePermissions } from '@/lib/auth/permissions';

/**
 * Where the collaborative's calendar, calls, call archive and attendance are (pages of the
 * schedule, calls and attendance features): faculty and admins see every team's attendance,
 * members of an enrolled organisation their own team's.
 */
export function ScheduleLinks({ collaborative: c }: { collaborative: Collaborative }) {
  const me = useMe();
  const can = usePermissions();
  const faculty = can.isAdmin || (me.facultyOf ?? []).some((f) => f.collaborativeId === c.id);
  const attendance = c.kind === 'LEARNING_COLLABORATIVE' && (faculty || (can.isTeamMember && c.acceptedTeams > 0));
  return (
    <Group gap="md" wrap="wrap">
      <Anchor component={Link} to={`/collaboratives/${c.id}/calendar`}>
        Calendar
      </Anchor>
      <Anchor component={Link} to={`/collaboratives/${c.id}/calls`}>
        {faculty ? 'Calls (schedule, attendance, archive)' : 'Calls'}
      </Anchor>
      <Anchor component={Link} to={`/collaboratives/${c.id}/call-archive`}>
        Call archive
      </Anchor>
      {attendance && (
        <Anchor component={Link} to={`/collaboratives/${c.id}/attendance`}>
          {faculty ? 'Attendance (take, report)' : 'Our attendance'}
        </Anchor>
      )}
      {!faculty && c.phase === 'ANNOUNCED' && (
        <Text size="sm" c="dimmed">
          Interested? Register for an informational call in Calls.
        </Text>
      )}
    </Group>
  );
}
