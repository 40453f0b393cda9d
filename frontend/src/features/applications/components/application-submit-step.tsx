import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';

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
  const [confirming, setConfirming] = useState(false);
  // A complete application is submitted after a confirmation; an incomplete one is sent at once,
  // so that the refusal lists everything still missing (nothing changes).
  const complete = application.completeness.missing.length === 0;
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
        <Button onClick={complete ? () => setConfirming(true) : onSubmit} loading={busy}>
          Submit the application
        </Button>
      </Group>
      <ConfirmDialog
        opened={confirming}
        title={`Submit the application to ${application.collaborativeTitle}?`}
        confirmLabel="Submit"
        busy={busy}
        onConfirm={() => {
          setConfirming(false);
          onSubmit();
        }}
        onCancel={() => setConfirming(false)}
      >
        <Text size="sm">
          It goes to the collaborative’s faculty for review and can no longer be changed, unless they return it to you. You can
          still withdraw it before a decision.
        </Text>
      </ConfirmDialog>
    </Stack>
  );
}
