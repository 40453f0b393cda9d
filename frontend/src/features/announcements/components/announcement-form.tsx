import { Stack, TextInput, Textarea } from '@mantine/core';

import { FormActions } from '@/components/ui/form-actions';
import { FormStatus } from '@/components/ui/form-status';
import type { Versioned } from '@/lib/api/request';
import { useServerForm, type ServerForm } from '@/lib/forms/use-server-form';
import { usePublishAnnouncement, useUpdateAnnouncement, type Announcement } from '../api/announcements';
import {
  ANNOUNCEMENT_LABELS,
  BODY_MAX,
  TITLE_MAX,
  announcementChecks,
  announcementValues,
  toInput,
  toPatch,
  type AnnouncementValues,
} from '../utils/announcement-values';

function Fields({ server, network }: { server: ServerForm<AnnouncementValues>; network: boolean }) {
  const { field } = server;
  return (
    <>
      <TextInput {...field('title')} required maxLength={TITLE_MAX} autoComplete="off" data-autofocus />
      <Textarea
        {...field('body')}
        required
        maxLength={BODY_MAX}
        autosize
        minRows={5}
        maxRows={16}
        description="Plain text; leave a blank line between paragraphs."
      />
      <TextInput
        {...field('pinnedUntil')}
        type="datetime-local"
        description={`Optional: shown first on home pages and in the list until then. ${
          network ? 'Everyone in the network' : 'Everyone it is for'
        } is told by e-mail as they chose in their notification settings.`}
      />
    </>
  );
}

/** Publish an announcement to a collaborative or community (`collaborativeId`), or to the whole network. */
export function PublishForm({
  collaborativeId,
  onDone,
  onCancel,
}: {
  collaborativeId?: string;
  onDone: (announcement: Announcement) => void;
  onCancel: () => void;
}) {
  const publish = usePublishAnnouncement();
  const server = useServerForm<AnnouncementValues, Versioned<Announcement>>({
    initialValues: announcementValues(),
    validate: announcementChecks(Date.now),
    labels: ANNOUNCEMENT_LABELS,
    idPrefix: 'announcement',
    focus: 'field',
    summaryTitle: () => 'Not published',
    send: (v) => publish.mutateAsync({ collaborativeId, body: toInput(v) }),
    onSaved: (saved) => onDone(saved.data),
  });
  return (
    <form noValidate onSubmit={server.onSubmit} aria-label="Publish an announcement">
      <Stack gap="md">
        <Fields server={server} network={!collaborativeId} />
        <FormStatus of={server} />
        <FormActions submitLabel="Publish" submitting={server.submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

/** Change an announcement (only what changed is sent, with its ETag in If-Match); nobody is told again. */
export function EditAnnouncementForm({
  base,
  onReload,
  onDone,
  onCancel,
}: {
  base: Versioned<Announcement>;
  onReload: () => Promise<Versioned<Announcement> | undefined>;
  onDone: (announcement: Announcement) => void;
  onCancel: () => void;
}) {
  const update = useUpdateAnnouncement();
  const start = announcementValues(base.data);
  const server = useServerForm<AnnouncementValues, Versioned<Announcement>, Announcement>({
    initialValues: start,
    validate: announcementChecks(Date.now, start.pinnedUntil),
    labels: ANNOUNCEMENT_LABELS,
    idPrefix: 'edit-announcement',
    focus: 'field',
    summaryTitle: () => 'Not saved',
    version: { etag: base.etag, reload: onReload, toValues: announcementValues },
    send: (v, etag) => update.mutateAsync({ announcementId: base.data.id, etag, body: toPatch(v, start) }),
    onSaved: (saved) => onDone(saved.data),
  });
  return (
    <form noValidate onSubmit={server.onSubmit} aria-label="Edit the announcement">
      <Stack gap="md">
        <FormStatus of={server} what="announcement" />
        <Fields server={server} network={!base.data.collaborativeId} />
        <FormActions submitLabel="Save" submitting={server.submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
