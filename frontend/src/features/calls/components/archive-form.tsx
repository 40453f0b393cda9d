import { Alert, Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

import { FormErrorSummary, type SummaryItem } from '@/components/ui/form-error-summary';
import { errorMessage, isApiError, violationsByField } from '@/lib/api/problem';
import type { Versioned } from '@/lib/api/request';
import { useNow } from '@/lib/use-now';
import { useSaveArchive, type CallArchiveInput } from '../api/change-calls';
import type { Call } from '../api/get-calls';
import { CallTimes } from './call-times';
import { ManagedCallPage } from './managed-call-page';
import { StaleAlert } from './stale-alert';

const URL_PATTERN = /^https?:\/\/\S+$/;
const FIELDS = ['notes', 'recordingUrl', 'slidesUrl', 'topicsCovered'] as const;

/** Topics typed one per line (or separated by commas): trimmed, each once ignoring case, in order. */
export function parseTopics(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[\n,]/)) {
    const topic = raw.trim();
    if (!topic || seen.has(topic.toLowerCase())) continue;
    seen.add(topic.toLowerCase());
    out.push(topic);
  }
  return out;
}

function ArchiveForm({ base, onReload }: { base: Versioned<Call>; onReload: () => Promise<unknown> }) {
  const navigate = useNavigate();
  const save = useSaveArchive();
  const c = base.data;
  const [values, setValues] = useState({
    notes: c.archive?.notes ?? '',
    recordingUrl: c.archive?.recordingUrl ?? '',
    slidesUrl: c.archive?.slidesUrl ?? '',
    topics: (c.archive?.topicsCovered ?? []).join('\n'),
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [stale, setStale] = useState(false);

  const id = (f: string) => `archive-${f}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    setAttempt((n) => n + 1);
    const topics = parseTopics(values.topics);
    const found: Record<string, string> = {};
    if (values.recordingUrl.trim() && !URL_PATTERN.test(values.recordingUrl.trim()))
      found.recordingUrl = 'Enter the recording’s link, starting with https://.';
    if (values.slidesUrl.trim() && !URL_PATTERN.test(values.slidesUrl.trim()))
      found.slidesUrl = 'Enter the slides’ link, starting with https://.';
    if (topics.length > 20) found.topicsCovered = 'At most 20 topics.';
    else if (topics.some((t) => t.length > 100)) found.topicsCovered = 'A topic is at most 100 characters.';
    setErrors(found);
    setSummary(FIELDS.filter((f) => found[f]).map((f) => ({ inputId: id(f), message: found[f]! })));
    if (Object.keys(found).length) return;
    const body: CallArchiveInput = { topicsCovered: topics };
    if (values.notes.trim()) body.notes = values.notes.trim();
    if (values.recordingUrl.trim()) body.recordingUrl = values.recordingUrl.trim();
    if (values.slidesUrl.trim()) body.slidesUrl = values.slidesUrl.trim();
    try {
      await save.mutateAsync({ callId: c.id, etag: base.etag, body });
      await navigate(`/calls/${c.id}`, { state: { notice: 'The archive entry was saved.' } });
    } catch (error) {
      if (isApiError(error, 412)) setStale(true);
      else if (isApiError(error, 400)) {
        const { fields, other } = violationsByField(error, FIELDS);
        const mapped = Object.fromEntries(Object.entries(fields));
        for (const v of other) if (v.field.startsWith('topicsCovered')) mapped.topicsCovered = v.message;
        setErrors(mapped);
        setSummary([
          ...Object.entries(mapped).map(([f, message]) => ({ inputId: id(f), message })),
          ...other.filter((v) => !v.field.startsWith('topicsCovered')).map((v) => ({ message: `${v.field}: ${v.message}` })),
        ]);
      } else setProblem(errorMessage(error));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-label="Archive entry">
      <Stack gap="md">
        {stale && <StaleAlert what="call" onReload={onReload} />}
        <FormErrorSummary title="The archive entry was not saved" items={summary} focusKey={attempt} />
        {problem && (
          <Alert color="red" variant="light" role="alert" title="The archive entry was not saved">
            {problem}
          </Alert>
        )}
        <Textarea
          id={id('topicsCovered')}
          label="Topics covered"
          description="One per line; people find the call in the archive by these"
          autosize
          minRows={3}
          maxRows={10}
          value={values.topics}
          error={errors.topicsCovered}
          onChange={(e) => setValues({ ...values, topics: e.currentTarget.value })}
        />
        <Textarea
          id={id('notes')}
          label="Notes"
          autosize
          minRows={5}
          maxRows={20}
          maxLength={20000}
          value={values.notes}
          error={errors.notes}
          onChange={(e) => setValues({ ...values, notes: e.currentTarget.value })}
        />
        <TextInput
          id={id('recordingUrl')}
          label="Recording link (optional)"
          type="url"
          maxLength={1000}
          value={values.recordingUrl}
          error={errors.recordingUrl}
          onChange={(e) => setValues({ ...values, recordingUrl: e.currentTarget.value })}
        />
        <TextInput
          id={id('slidesUrl')}
          label="Slides link (optional)"
          type="url"
          maxLength={1000}
          value={values.slidesUrl}
          error={errors.slidesUrl}
          onChange={(e) => setValues({ ...values, slidesUrl: e.currentTarget.value })}
        />
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            Save the archive entry
          </Button>
          <Button variant="default" onClick={() => void navigate(`/calls/${c.id}`)}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Faculty write (or rewrite) a call's archive entry after it took place. */
export function ArchiveEntryPage({ callId }: { callId: string }) {
  const now = useNow();
  return (
    <ManagedCallPage
      callId={callId}
      title="Archive entry"
      notAllowed="Only the collaborative’s faculty and platform admins write a call’s archive entry."
    >
      {(base, reload) => {
        const c = base.data;
        const started = new Date(c.startsAt).getTime() <= now;
        return (
          <>
            <CallTimes startsAt={c.startsAt} endsAt={c.endsAt} timeZone={c.timeZone} />
            {c.state === 'CANCELLED' ? (
              <Text>This call was cancelled: it has no archive entry.</Text>
            ) : !started ? (
              <Text>The archive entry is written once the call has taken place.</Text>
            ) : (
              <ArchiveForm key={base.etag} base={base} onReload={reload} />
            )}
          </>
        );
      }}
    </ManagedCallPage>
  );
}
