import { Alert, Button, Card, Code, Group, List, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';

import { BackLink } from '@/components/ui/back-link';
import { EmptyState } from '@/components/ui/empty-state';
import { FormStatus } from '@/components/ui/form-status';
import { PageState } from '@/components/ui/page-state';
import { Page } from '@/components/layouts/page';
import type { Versioned } from '@/lib/api/request';
import type { components } from '@/lib/api/schema';
import { usePermissions } from '@/lib/auth/permissions';
import { useServerForm } from '@/lib/forms/use-server-form';
import { useCollaborative } from '@/lib/queries/collaboratives';
import { useReadinessItems, useReplaceReadinessItems, type ReadinessItem } from '../api/readiness-items';
import {
  MAX_READINESS_ITEMS,
  READINESS_LABELS,
  keyFromText,
  newRow,
  readinessPathOf,
  rowsOf,
  toReadinessBody,
  validateReadiness,
  type ReadinessFormValues,
} from '../utils/readiness-form-values';

type ReadinessItemList = components['schemas']['ReadinessItemList'];

const EDITABLE_PHASES = ['DRAFT', 'ANNOUNCED'];

/** The readiness assessment items of a collaborative: applicants rate each 1 to 5. */
export function ReadinessItemsPage({ collaborativeId }: { collaborativeId: string }) {
  const can = usePermissions();
  const collaborative = useCollaborative(collaborativeId);
  const items = useReadinessItems(collaborativeId);
  const back = <BackLink to={`/collaboratives/${collaborativeId}`}>Back to the collaborative</BackLink>;

  if (!collaborative.data) {
    return (
      <PageState
        query={collaborative}
        title="Readiness items"
        before={back}
        what="the collaborative"
        notFound="This collaborative"
      />
    );
  }
  const c = collaborative.data;
  const title = `Readiness items: ${c.title}`;
  if (!items.data) return <PageState query={items} title={title} before={back} what="the readiness items" />;

  const mayEdit = can.canEditCollaborative(c.id);
  const open = EDITABLE_PHASES.includes(c.phase);
  return (
    <Page title={title} before={back}>
      <Text>
        Each applying organisation rates every item from 1 (not in place) to 5 (fully in place), with an optional comment. Items
        can change only until applications open.
      </Text>
      {!mayEdit || !open ? (
        <>
          <Alert color="gray" variant="light" title="Read only">
            {!mayEdit
              ? 'Only platform admins and the collaborative’s lead faculty change its readiness items.'
              : 'Applications have opened: the items are fixed, so that every applicant answers the same ones.'}
          </Alert>
          <ReadOnlyItems items={items.data.data.items} />
        </>
      ) : (
        <ReadinessItemsEditor
          collaborativeId={c.id}
          base={items.data}
          onReload={async () => (await items.refetch()).data}
          backTo={`/collaboratives/${c.id}`}
        />
      )}
    </Page>
  );
}

function ReadOnlyItems({ items }: { items: ReadinessItem[] }) {
  if (items.length === 0) return <EmptyState title="No readiness items" headingLevel={2} />;
  return (
    <List type="ordered" spacing="xs">
      {items.map((i) => (
        <List.Item key={i.key}>
          <Text fw={500}>{i.text}</Text>
          {i.help && (
            <Text size="sm" c="dimmed">
              {i.help}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}

interface EditorProps {
  collaborativeId: string;
  base: Versioned<ReadinessItemList>;
  onReload: () => Promise<Versioned<ReadinessItemList> | undefined>;
  backTo: string;
}

/**
 * Add, edit, reorder (Move up / Move down, so the keyboard suffices) and remove items; Save sends
 * the whole list. The API refuses to drop an item an application already answered: its message
 * is shown above the list.
 */
export function ReadinessItemsEditor({ collaborativeId, base, onReload, backTo }: EditorProps) {
  const replace = useReplaceReadinessItems();
  const server = useServerForm<ReadinessFormValues, Versioned<ReadinessItemList>, ReadinessItemList>({
    initialValues: rowsOf(base.data.items),
    validate: validateReadiness,
    labels: READINESS_LABELS,
    idPrefix: 'readiness',
    inputIdOf: (path) => `readiness-${path.replace(/\./g, '-')}`,
    pathOf: (v) => (v.in === 'body' ? readinessPathOf(v.field) : undefined),
    summaryTitle: (n) => (n === 1 ? 'Not saved: there is a problem' : `Not saved: there are ${n} problems`),
    version: { etag: base.etag, reload: onReload, toValues: (d) => rowsOf(d.items) },
    send: (values, etag) => replace.mutateAsync({ collaborativeId, etag, items: toReadinessBody(values) }),
    onSaved: (saved) => {
      const values = rowsOf(saved.data.items);
      server.form.setInitialValues(values);
      server.form.setValues(values);
      server.form.resetDirty(values);
    },
  });
  const { form } = server;
  const rows = form.getValues().items;
  const dirty = form.isDirty();

  // Focus moves after the list has re-rendered (a moved item's DOM node loses focus when it moves).
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });
  const focusLater = (id: string) => {
    pendingFocus.current = id;
  };

  const move = (from: number, to: number, uid: string, direction: 'up' | 'down') => {
    form.reorderListItem('items', { from, to });
    // Focus stays on the moved item's button; at an end, on the other one.
    const atEnd = (direction === 'up' && to === 0) || (direction === 'down' && to === rows.length - 1);
    focusLater(`readiness-${uid}-${atEnd ? (direction === 'up' ? 'down' : 'up') : direction}`);
  };

  const add = () => {
    const row = newRow();
    form.insertListItem('items', row);
    focusLater(`readiness-items-${rows.length}-text`);
  };

  const remove = (index: number) => {
    form.removeListItem('items', index);
    const next = rows.length - 1 === 0 ? 'readiness-add' : `readiness-items-${Math.min(index, rows.length - 2)}-text`;
    focusLater(next);
  };

  return (
    <form noValidate onSubmit={server.onSubmit} aria-label="Readiness items">
      <Stack gap="md">
        <FormStatus of={server} what="list of readiness items" />
        {rows.length === 0 ? (
          <EmptyState title="No readiness items" headingLevel={2}>
            Applicants rate their organisation’s readiness on these items. Add at least one before applications open.
          </EmptyState>
        ) : (
          <ol className="lcp-plain-list lcp-card-list" aria-label="Items, in the order applicants see them">
            {rows.map((row, i) => (
              <li key={row.uid}>
                <Card withBorder radius="md" padding="sm" component="section" aria-labelledby={`readiness-${row.uid}-heading`}>
                  <Stack gap="sm">
                    <Group justify="space-between" gap="xs">
                      <Title order={2} size="h5" id={`readiness-${row.uid}-heading`}>
                        Item {i + 1}
                      </Title>
                      <Group gap={6}>
                        <Button
                          id={`readiness-${row.uid}-up`}
                          size="compact-sm"
                          variant="default"
                          disabled={i === 0}
                          onClick={() => move(i, i - 1, row.uid, 'up')}
                          aria-label={`Move up item ${i + 1}`}
                        >
                          Move up
                        </Button>
                        <Button
                          id={`readiness-${row.uid}-down`}
                          size="compact-sm"
                          variant="default"
                          disabled={i === rows.length - 1}
                          onClick={() => move(i, i + 1, row.uid, 'down')}
                          aria-label={`Move down item ${i + 1}`}
                        >
                          Move down
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="default"
                          color="red"
                          onClick={() => remove(i)}
                          aria-label={`Remove item ${i + 1}`}
                        >
                          Remove
                        </Button>
                      </Group>
                    </Group>
                    <TextInput
                      {...form.getInputProps(`items.${i}.text`)}
                      id={server.inputId(`items.${i}.text`)}
                      label="Question"
                      required
                      maxLength={500}
                      autoComplete="off"
                      onChange={(e) => {
                        const text = e.currentTarget.value;
                        form.setFieldValue(`items.${i}.text`, text);
                        if (row.isNew && !row.keyTouched) form.setFieldValue(`items.${i}.key`, keyFromText(text));
                      }}
                    />
                    <Textarea
                      {...form.getInputProps(`items.${i}.help`)}
                      id={server.inputId(`items.${i}.help`)}
                      label="Help for applicants"
                      description="Optional: what a 1 and a 5 look like"
                      autosize
                      minRows={1}
                      maxLength={2000}
                    />
                    {row.isNew ? (
                      <TextInput
                        {...form.getInputProps(`items.${i}.key`)}
                        id={server.inputId(`items.${i}.key`)}
                        label="Key"
                        required
                        maxLength={50}
                        autoComplete="off"
                        description="Stable name of the item in exports: lower-case letters, digits and hyphens"
                        onChange={(e) => {
                          form.setFieldValue(`items.${i}.key`, e.currentTarget.value);
                          form.setFieldValue(`items.${i}.keyTouched`, true);
                        }}
                      />
                    ) : (
                      <Text size="sm" c="dimmed" id={server.inputId(`items.${i}.key`)} tabIndex={-1}>
                        Key <Code>{row.key}</Code> (fixed: answers are stored under it)
                        {form.errors[`items.${i}.key`] && (
                          <Text component="span" c="red" size="sm" display="block">
                            {String(form.errors[`items.${i}.key`])}
                          </Text>
                        )}
                      </Text>
                    )}
                  </Stack>
                </Card>
              </li>
            ))}
          </ol>
        )}
        <Group gap="sm">
          <Button id="readiness-add" variant="default" onClick={add} disabled={rows.length >= MAX_READINESS_ITEMS}>
            Add item
          </Button>
          {rows.length >= MAX_READINESS_ITEMS && (
            <Text size="sm" c="dimmed">
              At most {MAX_READINESS_ITEMS} items.
            </Text>
          )}
        </Group>
        <Group gap="sm">
          <Button type="submit" loading={server.submitting} disabled={!dirty}>
            Save items
          </Button>
          <Button component={Link} to={backTo} variant="default">
            {dirty ? 'Discard changes' : 'Done'}
          </Button>
          <div role="status">
            <Text size="sm">{dirty ? 'Unsaved changes' : replace.isSuccess ? 'Saved.' : ''}</Text>
          </div>
        </Group>
        {!dirty && (
          <Text size="xs" c="dimmed">
            Save is enabled once something changed.
          </Text>
        )}
      </Stack>
    </form>
  );
}
