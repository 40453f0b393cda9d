import { Alert, List, Text } from '@mantine/core';

import type { Team } from '@/lib/queries/teams';

/** Who the team has today, and what it lacks against the collaborative's minimums. */
export function Composition({ team }: { team: Team }) {
  const c = team.composition;
  return (
    <>
      <Text size="sm">
        Today: {c.seniorLeaders} senior leader(s), {c.supervisors} supervisor(s), {c.clinicians} clinician(s) (at least{' '}
        {c.minClinicians} asked)
      </Text>
      {c.warnings.length > 0 && (
        <Alert color="orange" variant="light" role="note" title="Composition warnings" mt="xs">
          <List size="sm">
            {c.warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </>
  );
}
