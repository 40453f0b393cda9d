import { Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useNavigate } from 'react-router';

import { FormActions } from '@/components/ui/form-actions';
import { FormStatus } from '@/components/ui/form-status';
import { useServerForm, type VersionedFormProps } from '@/lib/forms/use-server-form';
import { useNow } from '@/lib/use-now';
import { useSaveArchive, type CallArchiveInput } from '../api/change-calls';
import type { Call } from '../api/get-calls';
import { CallTimes } from './call-times';
import { ManagedCallPage } from './managed-call-page';

const URL_PATTERN = /^https?:\/\/\S+$/;

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

interface ArchiveValues {
  notes: string;
  recordingUrl: string;
  slidesUrl: string;
  /** One topic per line, as typed. */
  topicsCovered: string;
}

function validateArchive(values: ArchiveValues): Partial<Record<keyof ArchiveValues, string>> {
  const found: Partial<Record<keyof ArchiveValues, string>> = {};
  const topics = parseTopics(values.topicsCovered);
  if (values.recordingUrl.trim() && !URL_PATTERN.test(values.recordingUrl.trim()))
    found.recordingUrl = 'Enter the recording’s link, starting with https://.';
  if (values.slidesUrl.trim() && !URL_PATTERN.test(values.slidesUrl.trim()))
    found.slidesUrl = 'Enter the slides’ link, starting with https://.';
  if (topics.length > 20) found.topicsCovered = 'At most 20 topics.';
  else if (topics.some((t) => t.length > 100)) found.topicsCovered = 'A topic is at most 100 characters.';
  return found;
}

function toArchiveInput(values: ArchiveValues): CallArchiveInput {
  const body: CallArchiveInput = { topicsCovered: parseTopics(values.topicsCovered) };
  if (values.notes.trim()) body.notes = values.notes.trim();
  if (values.recordingUrl.trim()) body.recordingUrl = values.recordingUrl.trim();
  if (values.slidesUrl.trim()) body.slidesUrl = values.slidesUrl.trim();
  return body;
}

function ArchiveForm({ base, onReload }: VersionedFormProps<Call, void>) {
  const navigate = useNavigate();
  const save = useSaveArchive();
  const c = base.data;
  const server = useServerForm({
    initialValues: {
      notes: c.archive?.notes ?? '',
      recordingUrl: c.archive?.recordingUrl ?? '',
      slidesUrl: c.archive?.slidesUrl ?? '',
      topicsCovered: (c.archive?.topicsCovered ?? []).join('\n'),
    },
    validate: validateArchive,
    // The summary lists them in the order of the API's fields; its messages name the field.
    labels: { notes: '', recordingUrl: '', slidesUrl: '', topicsCovered: '' },
    idPrefix: 'archive',
    // One topic's violation (topicsCovered[2]) belongs at the topics' field.
    pathOf: (v) =>
      v.field.startsWith('topicsCovered') ? 'topicsCovered' : ['notes', 'recordingUrl', 'slidesUrl'].find((f) => f === v.field),
    version: { etag: base.etag, reload: onReload },
    send: (values, etag) => save.mutateAsync({ callId: c.id, etag, body: toArchiveInput(values) }),
    onSaved: () => navigate(`/calls/${c.id}`, { state: { notice: 'The archive entry was saved.' } }),
    summaryTitle: () => 'The archive entry was not saved',
  });
  const { field } = server;

  return (
    <form noValidate onSubmit={server.onSubmit} aria-label="Archive entry">
      <Stack gap="md">
        <FormStatus of={server} what="call" />
        <Textarea
          {...field('topicsCovered')}
          label="Topics covered"
          description="One per line; people find the call in the archive by these"
          autosize
          minRows={3}
          maxRows={10}
        />
        <Textarea {...field('notes')} label="Notes" autosize minRows={5} maxRows={20} maxLength={20000} />
        <TextInput {...field('recordingUrl')} label="Recording link (optional)" type="url" maxLength={1000} />
        <TextInput {...field('slidesUrl')} label="Slides link (optional)" type="url" maxLength={1000} />
        <FormActions
          submitLabel="Save the archive entry"
          submitting={server.submitting}
          onCancel={() => void navigate(`/calls/${c.id}`)}
        />
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
