import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';

import { FormErrorSummary, type SummaryItem } from '@/components/ui/form-error-summary';
import { errorMessage, isApiError } from '@/lib/api/problem';
import type { AttendeeInput } from '../api/registrations';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX = 20;

interface Row extends AttendeeInput {
  id: number;
}

let next = 1;
const rowOf = (a: AttendeeInput): Row => ({ ...a, id: next++ });

interface Props {
  label: string;
  initial: AttendeeInput[];
  submitLabel: string;
  /** Above the people, e.g. the organisation to register. */
  before?: ReactNode;
  onSubmit: (attendees: AttendeeInput[]) => Promise<unknown>;
  onCancel?: () => void;
}

/** Who will join an informational call: a name and an e-mail per person, each e-mail once. */
export function AttendeesEditor({ label, initial, submitLabel, before, onSubmit, onCancel }: Props) {
  const [rows, setRows] = useState<Row[]>(() => (initial.length ? initial : [{ name: '', email: '' }]).map(rowOf));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (id: number, field: 'name' | 'email', value: string) => {
    setRows((rs) => rs.map((r) => (r.id === id ? { ...r, [field]: value } : r)));
    setErrors(({ [`${id}-${field}`]: _, ...rest }) => rest);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    setAttempt((n) => n + 1);
    const found: Record<string, string> = {};
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      if (!r.name.trim()) found[`${r.id}-name`] = `Person ${i + 1}: enter the name.`;
      const email = r.email.trim().toLowerCase();
      if (!EMAIL.test(email)) found[`${r.id}-email`] = `Person ${i + 1}: enter an e-mail address like name@example.org.`;
      else if (seen.has(email)) found[`${r.id}-email`] = `Person ${i + 1}: this e-mail address is already listed.`;
      seen.add(email);
    });
    setErrors(found);
    setSummary(Object.entries(found).map(([k, message]) => ({ inputId: `attendee-${k}`, message })));
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      await onSubmit(rows.map((r) => ({ name: r.name.trim(), email: r.email.trim() })));
    } catch (error) {
      if (isApiError(error, 400) && error.violations.length) {
        const fields: Record<string, string> = {};
        const items: SummaryItem[] = [];
        for (const v of error.violations) {
          const m = /^attendees\[(\d+)\]\.(name|email)$/.exec(v.field);
          const row = m ? rows[Number(m[1])] : undefined;
          if (row && m) {
            const key = `${row.id}-${m[2]}`;
            fields[key] = `Person ${Number(m[1]) + 1}: ${v.message}`;
            items.push({ inputId: `attendee-${key}`, message: fields[key]! });
          } else {
            items.push({ message: `${v.field}: ${v.message}` });
          }
        }
        setErrors(fields);
        setSummary(items);
      } else {
        setProblem(errorMessage(error));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label={label}>
      <Stack gap="sm">
        <FormErrorSummary title="Not saved" items={summary} focusKey={attempt} />
        {problem && (
          <Alert color="red" variant="light" role="alert" title="Not saved">
            {problem}
          </Alert>
        )}
        {before}
        <Text size="sm" fw={600}>
          Who will join
        </Text>
        <ol className="lcp-plain-list lcp-card-list">
          {rows.map((r, i) => (
            <li key={r.id}>
              <Group align="flex-start" gap="sm" wrap="wrap">
                <TextInput
                  id={`attendee-${r.id}-name`}
                  label={`Name of person ${i + 1}`}
                  required
                  maxLength={200}
                  value={r.name}
                  error={errors[`${r.id}-name`]}
                  onChange={(e) => set(r.id, 'name', e.currentTarget.value)}
                />
                <TextInput
                  id={`attendee-${r.id}-email`}
                  label={`E-mail of person ${i + 1}`}
                  required
                  type="email"
                  maxLength={254}
                  value={r.email}
                  error={errors[`${r.id}-email`]}
                  onChange={(e) => set(r.id, 'email', e.currentTarget.value)}
                />
                {rows.length > 1 && (
                  <Button
                    variant="subtle"
                    color="red"
                    mt={24}
                    onClick={() => setRows((rs) => rs.filter((x) => x.id !== r.id))}
                    aria-label={`Remove person ${i + 1}`}
                  >
                    Remove
                  </Button>
                )}
              </Group>
            </li>
          ))}
        </ol>
        <Group gap="sm">
          {rows.length < MAX && (
            <Button variant="default" onClick={() => setRows((rs) => [...rs, rowOf({ name: '', email: '' })])}>
              Add a person
            </Button>
          )}
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="subtle" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
