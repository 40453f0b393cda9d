import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';

import { Section } from '@/components/ui/section';
import { errorMessage } from '@/lib/api/problem';
import { exportReport, exportRunChart } from '../api/export-report';
import { saveBlob } from '@/utils/save-blob';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Faculty's downloads for funders: the collaborative's report (PDF) and the shown measure's chart
 * data (CSV), both as of a day they choose (today by default), so a report can be made again later
 * with the same figures.
 */
export function ReportDownloads({
  collaborativeId,
  measure,
}: {
  collaborativeId: string;
  measure?: { id: string; name: string };
}) {
  const [asOf, setAsOf] = useState(today);
  const [busy, setBusy] = useState<'report' | 'csv' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const download = async (what: 'report' | 'csv') => {
    setBusy(what);
    setProblem(null);
    try {
      const { blob, fileName } =
        what === 'report'
          ? await exportReport({ collaborativeId, asOf })
          : await exportRunChart({ collaborativeId, measureId: measure!.id, asOf });
      saveBlob(blob, fileName);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Section id="report-title" title="Report for funders" titleGap="xs">
      <Stack gap="sm">
        <Text size="sm">
          A PDF with completeness, attendance and every measure’s pooled run chart and signals, as the values stood at the end of
          the day chosen: the same day gives the same report later.
        </Text>
        <Group gap="sm" align="flex-end">
          <TextInput
            type="date"
            label="As of"
            value={asOf}
            max={today()}
            onChange={(e) => setAsOf(e.currentTarget.value)}
            required
          />
          <Button onClick={() => void download('report')} loading={busy === 'report'} disabled={!asOf}>
            Download the report (PDF)
          </Button>
          {measure && (
            <Button variant="default" onClick={() => void download('csv')} loading={busy === 'csv'} disabled={!asOf}>
              {`Download ${measure.name} as CSV`}
            </Button>
          )}
        </Group>
        {problem && (
          <Alert color="red" variant="light" role="alert" title="Not downloaded">
            {problem}
          </Alert>
        )}
      </Stack>
    </Section>
  );
}
