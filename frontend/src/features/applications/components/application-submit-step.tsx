import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';

import type { Violation } from '@/lib/api/problem';
import { Facts } from '@/components/ui/facts';
import type { Application } from '../api/get-application';
import { MissingList } from './missing-list';

/** The last step: what the application says, a refused submission's problems, and "Submit". */
export function SubmitStep({
  application,
  refused,
  attempts,
  busy,
  status,
  onSubmit,
  onGo,
}: {
  application: Application;
  refused: Violation[];
  attempts: number;
  busy: boolean;
  /** The submission's other problems (FormStatus). */
  status: React.ReactNode;
  onSubmit: () => void;
  onGo: (field: string) => void;
}) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempts > 0) summary.current?.focus();
  }, [attempts]);
  const c = application.checks;
  return (
    <Stack gap="md">
      {refused.length > 0 && (
        <Alert
          ref={summary}
          tabIndex={-1}
          color="red"
          variant="light"
          role="alert"
          className="lcp-error-summary"
          title={`The application was not submitted: ${refused.length} ${refused.length === 1 ? 'problem' : 'problems'}`}
        >
          <MissingList items={refused} application={application} onGo={onGo} />
        </Alert>
      )}
      {status}
      <Facts
        facts={[
          [
            'Readiness',
            `${application.completeness.readiness ? 'Complete' : 'Incomplete'}${application.readinessScore ? ` (mean ${application.readinessScore})` : ''}`,
          ],
          ['Core Data Set commitment', c.commitmentSigned ? 'Signed' : 'Not signed'],
          [
            'Core team',
            `${c.seniorLeaders} senior leader(s), ${c.supervisors} supervisor(s), ${c.clinicians} of ${c.minClinicians} clinicians`,
          ],
          ['Learning sessions', c.allSessionsCommitted ? 'All committed' : 'Not all committed'],
        ]}
      />
      <Text size="sm">
        Once submitted, the application goes to the collaborative’s faculty and can no longer be changed (unless they return it to
        you). You can still withdraw it before a decision.
      </Text>
      <Group>
        <Button onClick={onSubmit} loading={busy}>
          Submit the application
        </Button>
      </Group>
    </Stack>
  );
}
