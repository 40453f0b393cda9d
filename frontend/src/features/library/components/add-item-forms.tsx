import { Input, Stack, TextInput } from '@mantine/core';

import { FormActions } from '@/components/ui/form-actions';
import { FormStatus } from '@/components/ui/form-status';
import type { Versioned } from '@/lib/api/request';
import { useServerForm } from '@/lib/forms/use-server-form';
import { useCreateLink, useUploadFile } from '../api/library';
import { ACCEPTED_TYPES, atFileField, itemChecks, itemValues, type ItemValues, type LibraryItem } from '../utils/library-values';
import { ITEM_LABELS, ItemFields } from './item-fields';

interface AddProps {
  collaborativeId?: string;
  organizations: readonly { organizationId: string; name: string }[];
  onDone: (item: LibraryItem) => void;
  onCancel: () => void;
}

type UploadValues = ItemValues & { file: File | null };

/** A file input with its label, description and problem, as the form's other fields have. */
export function FileField({
  id,
  label,
  error,
  onChange,
  description = 'PDF, PNG, JPEG, Word, Excel, PowerPoint, plain text, CSV or MP4; at most 20 MB.',
}: {
  id: string;
  label: string;
  error: unknown;
  onChange: (file: File | null) => void;
  description?: string;
}) {
  const problem = typeof error === 'string' && error ? error : undefined;
  return (
    <Input.Wrapper id={id} label={label} required description={description} error={problem}>
      <input
        id={id}
        type="file"
        accept={ACCEPTED_TYPES}
        required
        aria-invalid={problem ? true : undefined}
        aria-describedby={[`${id}-description`, problem ? `${id}-error` : ''].filter(Boolean).join(' ')}
        onChange={(e) => onChange(e.currentTarget.files?.[0] ?? null)}
      />
    </Input.Wrapper>
  );
}

/** Upload a file: the file, then the item's fields; a refused size or type is said at the file. */
export function UploadForm({ collaborativeId, organizations, onDone, onCancel }: AddProps) {
  const upload = useUploadFile();
  const server = useServerForm<UploadValues, Versioned<LibraryItem>>({
    initialValues: { ...itemValues(), audience: collaborativeId ? 'MEMBERS' : 'NETWORK', file: null },
    validate: { ...itemChecks, file: (f: File | null) => (f ? null : 'Choose the file to upload.') },
    labels: { file: 'File', ...ITEM_LABELS },
    idPrefix: 'upload',
    focus: 'field',
    summaryTitle: () => 'Not uploaded',
    send: async (v) => {
      try {
        return await upload.mutateAsync({ collaborativeId, file: v.file!, values: v });
      } catch (error) {
        throw atFileField(error);
      }
    },
    onSaved: (saved) => onDone(saved.data),
  });
  return (
    <form noValidate onSubmit={server.onSubmit} aria-label="Upload a file">
      <Stack gap="md">
        <FileField
          id={server.inputId('file')}
          label="File"
          error={server.form.errors.file}
          onChange={(file) => {
            server.form.setFieldValue('file', file);
            server.form.clearFieldError('file');
            if (file && !server.form.getValues().title.trim()) {
              server.form.setFieldValue('title', file.name.replace(/\.[^.]+$/, ''));
            }
          }}
        />
        <ItemFields server={server} organizations={organizations} network={!collaborativeId} />
        <FormStatus of={server} />
        <FormActions submitLabel="Upload" submitting={server.submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

type LinkValues = ItemValues & { url: string };

const isWebAddress = (v: string) => {
  try {
    const u = new URL(v.trim());
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
};

/** Add a link (a web page, a recording): its address, then the item's fields. */
export function LinkForm({ collaborativeId, organizations, onDone, onCancel }: AddProps) {
  const create = useCreateLink();
  const server = useServerForm<LinkValues, Versioned<LibraryItem>>({
    initialValues: { ...itemValues(), audience: collaborativeId ? 'MEMBERS' : 'NETWORK', url: '' },
    validate: {
      ...itemChecks,
      url: (v: string) =>
        !v.trim() ? 'Enter the address.' : isWebAddress(v) ? null : 'Enter a web address starting with https:// or http://.',
    },
    labels: { url: 'Address', ...ITEM_LABELS },
    idPrefix: 'link',
    focus: 'field',
    summaryTitle: () => 'Not added',
    send: (v) => create.mutateAsync({ collaborativeId, url: v.url, values: v }),
    onSaved: (saved) => onDone(saved.data),
  });
  return (
    <form noValidate onSubmit={server.onSubmit} aria-label="Add a link">
      <Stack gap="md">
        <TextInput {...server.field('url')} type="url" required maxLength={2000} autoComplete="off" data-autofocus />
        <ItemFields server={server} organizations={organizations} network={!collaborativeId} />
        <FormStatus of={server} />
        <FormActions submitLabel="Add link" submitting={server.submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
