import { Anchor, Badge, Button, Chip, Fieldset, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/layouts/page';
import { ListCount } from '@/components/ui/list-count';
import { BackLink } from '@/components/ui/back-link';
import { CardList, ItemCard } from '@/components/ui/card-list';
import { EmptyState } from '@/components/ui/empty-state';
import { FilterSelect } from '@/components/ui/filter-select';
import { FormDialog } from '@/components/ui/form-dialog';
import { QueryState } from '@/components/ui/page-state';
import { PagesNav } from '@/components/ui/pages-nav';
import { StatusBadge } from '@/components/ui/status-badge';
import { isApiError } from '@/lib/api/problem';
import { useMe } from '@/lib/auth/me';
import { useListFilters, useSearchBox } from '@/lib/list-filters';
import { useCollaborative } from '@/lib/queries/collaboratives';
import { formatDate } from '@/utils/format';
import { useLibraryItems, useLibraryTags } from '../api/library';
import { AUDIENCE_LABELS, KIND_LABELS, formatBytes, type LibraryItem, type LibraryKind } from '../utils/library-values';
import { LinkForm, UploadForm } from './add-item-forms';
import { ItemAction } from './item-actions';
import { Outcome, type OutcomeMessage } from '@/components/ui/outcome';

export const PAGE_SIZE = 20;

/** The tags chosen, from the address (`tags=a,b`). */
export const chosenTags = (search: URLSearchParams): string[] =>
  (search.get('tags') ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

/** How often an item was used, in words. */
export function usageText(item: Pick<LibraryItem, 'kind' | 'downloads' | 'opens'>): string {
  if (item.kind === 'LINK') return item.opens === 1 ? 'Opened once' : `Opened ${item.opens} times`;
  return item.downloads === 1 ? 'Downloaded once' : `Downloaded ${item.downloads} times`;
}

/**
 * A library: a collaborative's or community's (`collaborativeId`), or the network-wide one. Search
 * by words, filter by tags (chips) and kind, newest first, a page at a time; its members add files
 * and links (the network's own library: admins).
 */
export function LibraryPage({ collaborativeId }: { collaborativeId?: string }) {
  const me = useMe();
  const admin = me.roles.includes('admin');
  const filters = useListFilters();
  const { search, update } = filters;
  const q = search.get('q')?.trim() || undefined;
  const tags = chosenTags(search);
  const kind = (search.get('kind') || undefined) as LibraryKind | undefined;
  const page = filters.page - 1;
  const box = useSearchBox(search.get('q') ?? '', (text) => update({ q: text }));
  const collaborative = useCollaborative(collaborativeId);
  const query = useLibraryItems(collaborativeId, {
    page,
    size: PAGE_SIZE,
    ...(q ? { q } : {}),
    ...(tags.length ? { tag: tags } : {}),
    ...(kind ? { kind } : {}),
  });
  const tagList = useLibraryTags(collaborativeId);
  const [dialog, setDialog] = useState<'upload' | 'link' | null>(null);
  const [outcome, setOutcome] = useState<OutcomeMessage | null>(null);
  const say = (ok: boolean, message: string) => setOutcome((o) => ({ ok, message, key: (o?.key ?? 0) + 1 }));

  if (collaborativeId && collaborative.isError && isApiError(collaborative.error, 404))
    return <NotFound what="This collaborative" />;
  if (query.isError && isApiError(query.error, 404)) return <NotFound what="This library" />;

  const c = collaborative.data;
  const closed = c?.phase === 'CLOSED';
  // Members and stewards add to a collaborative's library (the API decides); admins to the network's.
  const mayAdd = collaborativeId ? !closed : admin;
  const title = collaborativeId ? (c ? `Library: ${c.title}` : 'Library') : 'Network library';
  const data = query.data;
  const pages = data ? Math.ceil(data.total / PAGE_SIZE) : 0;
  const filtered = Boolean(q || tags.length || kind);
  const toggleTag = (tag: string, on: boolean) => {
    const next = on ? [...tags, tag] : tags.filter((t) => t !== tag);
    update({ tags: next.join(',') || undefined });
  };

  return (
    <Page
      title={title}
      before={
        collaborativeId ? (
          <BackLink to={`/collaboratives/${collaborativeId}`}>{c?.title ?? 'The collaborative'}</BackLink>
        ) : undefined
      }
      actions={
        mayAdd ? (
          <>
            <Button onClick={() => setDialog('upload')}>Upload a file</Button>
            <Button variant="default" onClick={() => setDialog('link')}>
              Add a link
            </Button>
          </>
        ) : undefined
      }
    >
      {!collaborativeId && (
        <Text>
          Materials shared with the whole network: the network’s own, and those collaboratives and communities open to everyone.
        </Text>
      )}
      <Outcome outcome={outcome} />
      <form role="search" aria-label="Search the library" onSubmit={box.onSubmit}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            id="library-search"
            label="Search"
            description="Words of the title or the description"
            maxLength={200}
            miw={260}
            {...box.input}
          />
          <Button type="submit" variant="default">
            Search
          </Button>
        </Group>
      </form>
      <FilterSelect
        name="kind"
        label="Kind"
        value={kind}
        any="Files and links"
        options={[
          { value: 'FILE', label: 'Files' },
          { value: 'LINK', label: 'Links' },
        ]}
        onFilter={update}
        maw={240}
      />
      {tagList.data && tagList.data.items.length > 0 && (
        <Fieldset legend="Filter by tags" variant="unstyled">
          <Group gap="xs" wrap="wrap">
            {tagList.data.items.map((t) => (
              <Chip
                key={t.tag}
                size="sm"
                checked={tags.includes(t.tag)}
                onChange={(on) => toggleTag(t.tag, on)}
                aria-label={`${t.tag} (${t.count})`}
              >
                {t.tag} ({t.count})
              </Chip>
            ))}
          </Group>
        </Fieldset>
      )}
      <div aria-busy={query.isFetching}>
        {query.isPending || query.isError ? (
          <QueryState
            query={query}
            what="the library"
            loading="Searching the library…"
            failed="The library could not be searched"
          />
        ) : data && data.items.length === 0 ? (
          <EmptyState
            title={filtered ? 'Nothing matches' : 'The library is empty'}
            action={
              filtered ? (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    box.setText('');
                    update({ q: undefined, tags: undefined, kind: undefined });
                  }}
                >
                  Clear the search
                </Button>
              ) : undefined
            }
          >
            {filtered
              ? 'Try other words or fewer tags.'
              : mayAdd
                ? 'Share a tool, a handout or a recording: upload a file or add a link.'
                : 'Nothing is shared here yet.'}
          </EmptyState>
        ) : (
          data && (
            <Stack gap="sm">
              <ListCount total={data.total} one="item" many="items" page={page + 1} pages={pages} />
              <CardList items={data.items} keyOf={(item) => item.id} label="Library items">
                {(item) => <LibraryCard item={item} showCollaborative={!collaborativeId} onDone={say} />}
              </CardList>
              <PagesNav
                label="Pages of the library"
                pages={pages}
                page={page + 1}
                onChange={(p) => update({ page: String(p) })}
              />
            </Stack>
          )
        )}
      </div>

      <FormDialog opened={dialog === 'upload'} title="Upload a file" onClose={() => setDialog(null)} size="md">
        <UploadForm
          collaborativeId={collaborativeId}
          organizations={me.organizations}
          onDone={(item) => {
            setDialog(null);
            say(true, `${item.title} was uploaded.`);
          }}
          onCancel={() => setDialog(null)}
        />
      </FormDialog>
      <FormDialog opened={dialog === 'link'} title="Add a link" onClose={() => setDialog(null)} size="md">
        <LinkForm
          collaborativeId={collaborativeId}
          organizations={me.organizations}
          onDone={(item) => {
            setDialog(null);
            say(true, `${item.title} was added.`);
          }}
          onCancel={() => setDialog(null)}
        />
      </FormDialog>
    </Page>
  );
}

function LibraryCard({
  item,
  showCollaborative,
  onDone,
}: {
  item: LibraryItem;
  showCollaborative: boolean;
  onDone: (ok: boolean, message: string) => void;
}) {
  const heading = `library-item-${item.id}`;
  return (
    <ItemCard labelledBy={heading}>
      <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
        <Title order={2} size="h5" id={heading}>
          <Anchor component={Link} to={`/library/items/${item.id}`} c="inherit">
            {item.title}
          </Anchor>
        </Title>
        <ItemAction item={item} onDone={onDone} />
      </Group>
      <Group gap="xs" wrap="wrap">
        <StatusBadge color={item.kind === 'FILE' ? 'blue' : 'grape'}>{KIND_LABELS[item.kind]}</StatusBadge>
        <Text size="sm">
          {item.audience === 'TEAM' && item.organizationName
            ? `${AUDIENCE_LABELS.TEAM}: ${item.organizationName}`
            : AUDIENCE_LABELS[item.audience]}
        </Text>
        {item.file && (
          <Text size="sm" c="dimmed">
            Version {item.file.number} · {formatBytes(item.file.sizeBytes)}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {usageText(item)}
        </Text>
      </Group>
      {item.description && (
        <Text size="sm" lineClamp={2}>
          {item.description}
        </Text>
      )}
      {item.tags.length > 0 && (
        <Group gap={4} wrap="wrap" aria-label="Tags" role="list">
          {item.tags.map((t) => (
            <Badge key={t} role="listitem" variant="light" color="gray" radius="sm" tt="none" c="var(--mantine-color-text)">
              {t}
            </Badge>
          ))}
        </Group>
      )}
      <Text size="xs" c="dimmed">
        Added by {item.createdByName} on {formatDate(item.createdAt.slice(0, 10))}
        {showCollaborative && item.collaborativeTitle ? ` · ${item.collaborativeTitle}` : ''}
      </Text>
    </ItemCard>
  );
}
