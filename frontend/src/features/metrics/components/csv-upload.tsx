import { Alert, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';

import { errorMessage } from '@/lib/api/problem';
import { exportValues } from '../api/export-values';
import type { Measure } from '../api/get-measures';
import type { ImportReport } from '../api/import-values';
import { metricKeys } from '../api/keys';
import { uploadCsv } from '../api/upload-csv';
import { saveBlob } from '@/utils/save-blob';

import { CSV_HEADER, csvTemplate } from '../utils/csv';
import { addMonths, currentPeriod } from '../utils/periods';
import { RejectionsTable, ReportCounts } from './import-report';

type Step =
  | { kind: 'idle' }
  | { kind: 'checking'; file: File; progress: number }
  | { kind: 'preview'; file: File; report: ImportReport }
  | { kind: 'importing'; file: File; progress: number; report: ImportReport }
  | { kind: 'done'; file: File; report: ImportReport };

const newKey = () => globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
const rows = (n: number) => `${n} row${n === 1 ? '' : 's'}`;

/**
 * A CSV upload in two steps: picking a file runs a dry run (nothing written) and previews its
 * report with every rejected row; the person fixes the file and picks it again, or imports it.
 * Uploads go through XMLHttpRequest so that large files show their progress.
 */
export function CsvUpload({
  collaborativeId,
  organizationId,
  organizationName,
  measures,
}: {
  collaborativeId: string;
  organizationId: string;
  organizationName: string;
  measures: Measure[];
}) {
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);
  const [downloading, setDownloading] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const abort = useRef<AbortController | null>(null);
  const importKey = useRef<string>('');

  useEffect(() => () => abort.current?.abort(), []);

  const check = async (file: File) => {
    abort.current?.abort();
    abort.current = new AbortController();
    importKey.current = newKey();
    setProblem(null);
    setStep({ kind: 'checking', file, progress: 0 });
    try {
      const report = await uploadCsv({
        collaborativeId,
        file,
        dryRun: true,
        mode: 'atomic',
        signal: abort.current.signal,
        onProgress: (progress) => setStep((s) => (s.kind === 'checking' && s.file === file ? { ...s, progress } : s)),
      });
      setStep({ kind: 'preview', file, report });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setProblem(errorMessage(error));
      setStep({ kind: 'idle' });
    }
  };

  const onPick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    // The same file, fixed, can be picked again.
    e.currentTarget.value = '';
    if (file) void check(file);
  };

  const runImport = async (mode: 'atomic' | 'partial') => {
    if (step.kind !== 'preview') return;
    const { file, report: preview } = step;
    abort.current = new AbortController();
    setProblem(null);
    setStep({ kind: 'importing', file, progress: 0, report: preview });
    try {
      const report = await uploadCsv({
        collaborativeId,
        file,
        dryRun: false,
        mode,
        idempotencyKey: `${importKey.current}-${mode}`,
        signal: abort.current.signal,
        onProgress: (progress) => setStep((s) => (s.kind === 'importing' ? { ...s, progress } : s)),
      });
      if (report.written || report.rejected === 0) {
        await queryClient.invalidateQueries({ queryKey: metricKeys.all });
        setStep({ kind: 'done', file, report });
      } else {
        // Something changed since the preview (a period locked meanwhile): the new refusal.
        setStep({ kind: 'preview', file, report: { ...report, dryRun: true } });
      }
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setProblem(errorMessage(error));
      setStep({ kind: 'preview', file, report: preview });
    }
  };

  const downloadTemplate = () => {
    const period = addMonths(currentPeriod(), -1);
    saveBlob(new Blob([csvTemplate(organizationId, measures, period)], { type: 'text/csv' }), `metrics-template-${period}.csv`);
  };

  const downloadValues = async () => {
    setDownloading(true);
    setProblem(null);
    try {
      const { blob, fileName } = await exportValues({ collaborativeId, organizationId });
      saveBlob(blob, fileName);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setDownloading(false);
    }
  };

  const busy = step.kind === 'checking' || step.kind === 'importing';

  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby="csv-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="csv-title">
          Upload a CSV file
        </Title>
        <Text size="sm">
          One row per measure and month, with the header <code className="lcp-break">{CSV_HEADER}</code>. A proportion needs its
          numerator and denominator, other measures a value. Picking a file checks it first; nothing is written until you import
          it.
        </Text>
        <Group gap="sm">
          <Button variant="default" size="xs" onClick={downloadTemplate}>
            Download a CSV template
          </Button>
          <Button variant="default" size="xs" onClick={() => void downloadValues()} loading={downloading}>
            Download the current values (CSV)
          </Button>
        </Group>
        <div>
          <label htmlFor="csv-file" className="lcp-file-label">
            CSV file for {organizationName}
          </label>
          <input
            ref={input}
            id="csv-file"
            type="file"
            accept=".csv,text/csv"
            className="lcp-file-input"
            onChange={onPick}
            disabled={busy}
          />
        </div>
        {problem && (
          <Alert color="red" variant="light" role="alert" title="The file was not uploaded">
            {problem}
          </Alert>
        )}
        <div role="status" aria-live="polite">
          {busy && (
            <Stack gap={4}>
              <Text size="sm">
                {step.kind === 'checking' ? 'Checking' : 'Importing'} {step.file.name}… {Math.round(step.progress * 100)}% sent
              </Text>
              <Progress value={step.progress * 100} aria-label={`Upload of ${step.file.name}`} animated={step.progress >= 1} />
            </Stack>
          )}
          {step.kind === 'done' && (
            <Text size="sm" fw={600}>
              Imported {step.file.name}: {rows(step.report.created)} created, {rows(step.report.updated)} updated,{' '}
              {rows(step.report.unchanged)} unchanged
              {step.report.rejected ? `, ${rows(step.report.rejected)} rejected` : ''}.
            </Text>
          )}
        </div>
        {(step.kind === 'preview' || step.kind === 'importing') && (
          <Stack gap="sm" component="section" aria-labelledby="csv-preview-title">
            <Title order={3} size="h5" id="csv-preview-title">
              Preview of {step.file.name} (nothing written yet)
            </Title>
            <ReportCounts report={step.report} labelledBy="csv-preview-title" />
            {step.report.rejected > 0 ? (
              <>
                <Alert color="orange" variant="light" role="note" title={`${rows(step.report.rejected)} would be refused`}>
                  Fix {step.report.rejected === 1 ? 'it' : 'them'} in your file and pick it again. Row 1 is the first line after
                  the header.
                </Alert>
                <RejectionsTable report={step.report} caption="Rejected rows" />
                {step.report.received > step.report.rejected && (
                  <Group>
                    <Button
                      variant="default"
                      onClick={() => void runImport('partial')}
                      loading={step.kind === 'importing'}
                      className="lcp-wrap-button"
                    >
                      Import the {rows(step.report.received - step.report.rejected)} without problems
                    </Button>
                  </Group>
                )}
              </>
            ) : (
              <Group>
                <Button onClick={() => void runImport('atomic')} loading={step.kind === 'importing'}>
                  Import {rows(step.report.received)}
                </Button>
                <Button variant="default" onClick={() => setStep({ kind: 'idle' })} disabled={step.kind === 'importing'}>
                  Cancel
                </Button>
              </Group>
            )}
          </Stack>
        )}
        {step.kind === 'done' && (
          <Stack gap="sm" component="section" aria-labelledby="csv-done-title">
            <Title order={3} size="h5" id="csv-done-title">
              Import report of {step.file.name}
            </Title>
            <ReportCounts report={step.report} labelledBy="csv-done-title" />
            <RejectionsTable report={step.report} caption="Rows not imported" />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
