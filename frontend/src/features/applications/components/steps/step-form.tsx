import { Button, Group, Stack } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';

import { FormErrorSummary, type SummaryItem } from '@/components/ui/form-error-summary';
import { errorMessage, isApiError, type Violation } from '@/lib/api/problem';

/** What a step asks its page to do with its section: save it, then maybe go on. */
export type SaveSection<B> = (body: B, next: boolean) => Promise<void>;

interface StepFormProps {
  label: string;
  /** Checks the values before saving; the problems by input id (nothing: valid). */
  validate?: () => Record<string, { label: string; message: string }>;
  /** Maps the API's 400 violations of this section to input ids. */
  inputIdOf: (v: Violation) => string | undefined;
  save: (next: boolean) => Promise<void>;
  onBack?: () => void;
  isLast?: boolean;
  onErrors: (fields: Record<string, string>) => void;
  children: ReactNode;
}

/**
 * One step of the application: its fields, "Save draft" (stay) and "Save and continue". Problems
 * are listed above (each a link to its field) and shown at the fields.
 */
export function StepForm({ label, validate, inputIdOf, save, onBack, isLast, onErrors, children }: StepFormProps) {
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState<'draft' | 'next' | null>(null);

  const run = async (next: boolean) => {
    const local = validate?.() ?? {};
    if (Object.keys(local).length > 0) {
      onErrors(Object.fromEntries(Object.entries(local).map(([id, p]) => [id, p.message])));
      setSummary(Object.entries(local).map(([id, p]) => ({ inputId: id, message: `${p.label}: ${p.message}` })));
      setAttempts((n) => n + 1);
      return;
    }
    onErrors({});
    setSummary([]);
    setBusy(next ? 'next' : 'draft');
    try {
      await save(next);
    } catch (error) {
      const fields: Record<string, string> = {};
      const items: SummaryItem[] = [];
      if (isApiError(error, 400) && error.violations.length > 0) {
        for (const v of error.violations) {
          const id = inputIdOf(v);
          if (id) fields[id] = v.message;
          items.push({ inputId: id, message: `${v.field}: ${v.message}` });
        }
      } else {
        items.push({ message: errorMessage(error) });
      }
      onErrors(fields);
      setSummary(items);
      setAttempts((n) => n + 1);
    } finally {
      setBusy(null);
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void run(true);
  };

  return (
    <form noValidate onSubmit={onSubmit} aria-label={label}>
      <Stack gap="md">
        {attempts > 0 && (
          <FormErrorSummary
            title={summary.length === 1 ? 'There is a problem' : `There are ${summary.length} problems`}
            items={summary}
            focusKey={attempts}
          />
        )}
        {children}
        <Group gap="sm">
          {onBack && (
            <Button variant="default" onClick={onBack} disabled={busy !== null}>
              Back
            </Button>
          )}
          <Button variant="default" onClick={() => void run(false)} loading={busy === 'draft'} disabled={busy === 'next'}>
            Save draft
          </Button>
          <Button type="submit" loading={busy === 'next'} disabled={busy === 'draft'}>
            {isLast ? 'Save and check' : 'Save and continue'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
