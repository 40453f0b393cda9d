import { Anchor, Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { Page } from '@/components/layouts/page';
import { BackLink } from '@/components/ui/back-link';
import { DataTable, HiddenColumn } from '@/components/ui/data-table';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Facts } from '@/components/ui/facts';
import { FormActions } from '@/components/ui/form-actions';
import { FormDialog } from '@/components/ui/form-dialog';
import { PageState } from '@/components/ui/page-state';
import { Section } from '@/components/ui/section';
import { StatusBadge } from '@/components/ui/status-badge';
import { FormStatus } from '@/components/ui/form-status';
import { errorMessage, isStaleEdit } from '@/lib/api/problem';
import type { Versioned } from '@/lib/api/request';
import { useMe } from '@/lib/auth/me';
import { useServerForm } from '@/lib/forms/use-server-form';
import { formatInstant } from '@/utils/format';
import { useAddVersion, useDeleteItem, useLibraryItem, useLibraryVersions, useUpdateItem } from '../api/library';
import {
  AUDIENCE_LABELS,
  KIND_LABELS,
  atFileField,
  formatBytes,
  itemChecks,
  itemValues,
  type ItemValues,
  type LibraryItem,
} from '../utils/library-values';
import { FileField } from './add-item-forms';
import { ItemAction } from './item-actions';
import { ITEM_LABELS, ItemFields } from './item-fields';
import { usageText } from './library-page';
import { Outcome, type OutcomeMessage } from '@/components/ui/outcome';

/** One library item: what it is, its versions, and for its author and stewards: edit, new version, delete. */
export function ItemDetail({ itemId }: { itemId: string }) {
  const query = useLibraryItem(itemId);
  const navigate = useNavigate();
  const remove = useDeleteItem();
  const [dialog, setDialog] = useState<'edit' | 'version' | 'delete' | null>(null);
  const [outcome, setOutcome] = useState<OutcomeMessage | null>(null);
  const say = (ok: boolean, message: string) => setOutcome((o) => ({ ok, message, key: (o?.key ?? 0) + 1 }));

  if (query.isPending || query.isError) {
    return (
      <PageState
        query={query}
        title="Library item"
        what="the item"
        notFound="This library item"
        before={<BackLink to="/library">Network library</BackLink>}
      />
    );
  }
  const { data: item, etag } = query.data;
  const libraryPath = item.collaborativeId ? `/collaboratives/${item.collaborativeId}/library` : '/library';
  const back = (
    <BackLink to={libraryPath}>{item.collaborativeTitle ? `Library: ${item.collaborativeTitle}` : 'Network library'}</BackLink>
  );

  const confirmDelete = () =>
    remove.mutate(
      { itemId, etag },
      {
        onSuccess: () => void navigate(libraryPath, { replace: true }),
        onError: (e) => {
          setDialog(null);
          if (isStaleEdit(e)) void query.refetch();
          say(
            false,
            isStaleEdit(e)
              ? 'Someone changed this item since you opened it. It has been reloaded: check it and try again.'
              : errorMessage(e),
          );
        },
      },
    );

  return (
    <Page
      title={item.title}
      before={back}
      aside={<StatusBadge color={item.kind === 'FILE' ? 'blue' : 'grape'}>{KIND_LABELS[item.kind]}</StatusBadge>}
      actions={
        <>
          <ItemAction item={item} size="sm" onDone={say} />
          {item.mayEdit && (
            <>
              <Button variant="default" onClick={() => setDialog('edit')}>
                Edit
              </Button>
              {item.kind === 'FILE' && (
                <Button variant="default" onClick={() => setDialog('version')}>
                  Upload a new version
                </Button>
              )}
              <Button variant="default" color="red" onClick={() => setDialog('delete')}>
                Delete
              </Button>
            </>
          )}
        </>
      }
    >
      <Outcome outcome={outcome} />
      {item.description && <Text className="lcp-prewrap">{item.description}</Text>}
      <Section id="about-item" title="About this item">
        <Facts
          facts={[
            [
              'Who sees it',
              item.audience === 'TEAM' && item.organizationName
                ? `${AUDIENCE_LABELS.TEAM}: ${item.organizationName}`
                : AUDIENCE_LABELS[item.audience],
            ],
            [
              'Tags',
              item.tags.length ? (
                <Group gap={4} component="span">
                  {item.tags.map((t) => (
                    <Badge key={t} variant="light" color="gray" radius="sm" tt="none" c="var(--mantine-color-text)">
                      {t}
                    </Badge>
                  ))}
                </Group>
              ) : (
                'None'
              ),
            ],
            item.url !== undefined && [
              'Address',
              <Anchor key="url" href={item.url} target="_blank" rel="noopener noreferrer">
                {item.url}
              </Anchor>,
            ],
            item.file && ['File', `${item.file.fileName} · ${formatBytes(item.file.sizeBytes)} · version ${item.file.number}`],
            ['Used', usageText(item)],
            ['Added', `${formatInstant(item.createdAt)} by ${item.createdByName}`],
            item.collaborativeTitle !== undefined && ['Library of', item.collaborativeTitle],
          ]}
        />
      </Section>
      {item.kind === 'FILE' && (
        <Section id="versions" title="Versions">
          <Versions item={item} onDone={say} />
        </Section>
      )}

      <FormDialog opened={dialog === 'edit'} title="Edit the item" onClose={() => setDialog(null)} size="md">
        <EditItemForm
          base={query.data}
          onReload={async () => (await query.refetch()).data}
          onDone={() => {
            setDialog(null);
            say(true, 'The item was saved.');
          }}
          onCancel={() => setDialog(null)}
        />
      </FormDialog>
      <FormDialog opened={dialog === 'version'} title="Upload a new version" onClose={() => setDialog(null)} size="md">
        <VersionForm
          base={query.data}
          onReload={async () => (await query.refetch()).data}
          onDone={(n) => {
            setDialog(null);
            say(true, `Version ${n} is now the current one.`);
          }}
          onCancel={() => setDialog(null)}
        />
      </FormDialog>
      <ConfirmDialog
        opened={dialog === 'delete'}
        title={`Delete ${item.title}?`}
        confirmLabel="Delete"
        confirmColor="red"
        busy={remove.isPending}
        onConfirm={confirmDelete}
        onCancel={() => setDialog(null)}
      >
        <Text>It leaves the library for everyone. How often it was used stays in the usage report.</Text>
      </ConfirmDialog>
    </Page>
  );
}

function Versions({ item, onDone }: { item: LibraryItem; onDone: (ok: boolean, message: string) => void }) {
  const versions = useLibraryVersions(item.id, true);
  if (!versions.data)
    return <Text c="dimmed">{versions.isError ? 'The versions could not be loaded.' : 'Loading the versions…'}</Text>;
  return (
    <DataTable
      region="Versions, scrollable"
      columns={['Version', 'File', 'Uploaded', 'Note', <HiddenColumn key="d" label="Download" />]}
    >
      {versions.data.items.map((v) => (
        <Table.Tr key={v.number}>
          <Table.Td>{v.number === item.file?.number ? `${v.number} (current)` : v.number}</Table.Td>
          <Table.Td>
            {v.fileName} ({formatBytes(v.sizeBytes)})
          </Table.Td>
          <Table.Td>
            {formatInstant(v.createdAt)} by {v.createdByName}
          </Table.Td>
          <Table.Td>{v.note ?? ''}</Table.Td>
          <Table.Td>
            <ItemAction item={item} version={item.file?.number === v.number ? undefined : v} onDone={onDone} />
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

type EditValues = ItemValues & { url: string };

/** Title, description, tags, audience (and a link's address), with the item's ETag in If-Match. */
function EditItemForm({
  base,
  onReload,
  onDone,
  onCancel,
}: {
  base: Versioned<LibraryItem>;
  onReload: () => Promise<Versioned<LibraryItem> | undefined>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const me = useMe();
  const update = useUpdateItem();
  const toValues = (item: LibraryItem): EditValues => ({ ...itemValues(item), url: item.url ?? '' });
  const server = useServerForm<EditValues, Versioned<LibraryItem>, LibraryItem>({
    initialValues: toValues(base.data),
    validate: { ...itemChecks, url: (v: string) => (base.data.kind === 'LINK' && !v.trim() ? 'Enter the address.' : null) },
    labels: { ...(base.data.kind === 'LINK' ? { url: 'Address' } : {}), ...ITEM_LABELS },
    idPrefix: 'edit-item',
    version: { etag: base.etag, reload: onReload, toValues },
    send: (v, etag) =>
      update.mutateAsync({ itemId: base.data.id, etag, values: v, url: base.data.kind === 'LINK' ? v.url : undefined }),
    onSaved: () => onDone(),
  });
  return (
    <form noValidate onSubmit={server.onSubmit} aria-label="Edit the item">
      <Stack gap="md">
        <FormStatus of={server} what="item" />
        {base.data.kind === 'LINK' && <TextInput {...server.field('url')} type="url" required maxLength={2000} />}
        <ItemFields server={server} organizations={me.organizations} network={!base.data.collaborativeId} autoFocus />
        <FormActions submitLabel="Save" submitting={server.submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

interface VersionValues {
  file: File | null;
  note: string;
}

/** A new version of the file (If-Match: the item as shown); a refused size or type is said at the file. */
function VersionForm({
  base,
  onReload,
  onDone,
  onCancel,
}: {
  base: Versioned<LibraryItem>;
  onReload: () => Promise<Versioned<LibraryItem> | undefined>;
  onDone: (number: number) => void;
  onCancel: () => void;
}) {
  const add = useAddVersion();
  const server = useServerForm<VersionValues, Versioned<LibraryItem>, LibraryItem>({
    initialValues: { file: null, note: '' },
    validate: {
      file: (f) => (f ? null : 'Choose the file to upload.'),
      note: (v) => (v.length > 2000 ? 'At most 2000 characters.' : null),
    },
    labels: { file: 'File', note: 'What changed' },
    idPrefix: 'version',
    focus: 'field',
    version: { etag: base.etag, reload: onReload },
    summaryTitle: () => 'Not uploaded',
    send: async (v, etag) => {
      try {
        return await add.mutateAsync({ itemId: base.data.id, etag, file: v.file!, note: v.note });
      } catch (error) {
        throw atFileField(error);
      }
    },
    onSaved: (saved) => onDone(saved.data.file?.number ?? (base.data.file?.number ?? 0) + 1),
  });
  return (
    <form noValidate onSubmit={server.onSubmit} aria-label="Upload a new version">
      <Stack gap="md">
        <FormStatus of={server} what="item" />
        <FileField
          id={server.inputId('file')}
          label="File"
          error={server.form.errors.file}
          onChange={(file) => {
            server.form.setFieldValue('file', file);
            server.form.clearFieldError('file');
          }}
        />
        <TextInput
          {...server.field('note')}
          maxLength={2000}
          autoComplete="off"
          description="Optional, e.g. “Scoring guide corrected”."
        />
        <FormActions submitLabel="Upload" submitting={server.submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
