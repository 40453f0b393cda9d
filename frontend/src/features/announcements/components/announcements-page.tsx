import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/layouts/page';
import { ListCount } from '@/components/ui/list-count';
import { BackLink } from '@/components/ui/back-link';
import { CardList, ItemCard } from '@/components/ui/card-list';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { FormDialog } from '@/components/ui/form-dialog';
import { Outcome, type OutcomeMessage } from '@/components/ui/outcome';
import { QueryState } from '@/components/ui/page-state';
import { PagesNav } from '@/components/ui/pages-nav';
import { StatusBadge } from '@/components/ui/status-badge';
import { errorMessage, isApiError, isStaleEdit } from '@/lib/api/problem';
import { useMe } from '@/lib/auth/me';
import { useListFilters } from '@/lib/list-filters';
import { useCollaborative } from '@/lib/queries/collaboratives';
import { formatInstant } from '@/utils/format';
import { useAnnouncement, useAnnouncements, useDeleteAnnouncement, type Announcement } from '../api/announcements';
import { audienceText, canPublishAnnouncements } from '../utils/announcement-values';
import { AnnouncementBody } from './announcement-body';
import { EditAnnouncementForm, PublishForm } from './announcement-form';

export const PAGE_SIZE = 20;

/**
 * The announcements (news) of a collaborative or learning community (`collaborativeId`), or of the
 * whole network: pinned ones first, then the newest, a page at a time. Those who may publish
 * (`canPublishAnnouncements`) publish from here; each announcement the
 * person may change (the API says so) is edited or deleted from its card.
 */
export function AnnouncementsPage({ collaborativeId }: { collaborativeId?: string }) {
  const me = useMe();
  const filters = useListFilters();
  const page = filters.page - 1;
  const collaborative = useCollaborative(collaborativeId);
  const query = useAnnouncements(collaborativeId, { page, size: PAGE_SIZE });
  const [publishing, setPublishing] = useState(false);
  const [editing, setEditing] = useState<Announcement | null>(null);
  const [deleting, setDeleting] = useState<Announcement | null>(null);
  const remove = useDeleteAnnouncement();
  const [outcome, setOutcome] = useState<OutcomeMessage | null>(null);
  const say = (ok: boolean, message: string) => setOutcome((o) => ({ ok, message, key: (o?.key ?? 0) + 1 }));

  if (collaborativeId && collaborative.isError && isApiError(collaborative.error, 404))
    return <NotFound what="This collaborative" />;
  if (query.isError && isApiError(query.error, 404)) return <NotFound what="These announcements" />;

  const c = collaborative.data;
  const mayPublish = collaborativeId
    ? Boolean(c) && canPublishAnnouncements(me, { collaborativeId, kind: c!.kind, phase: c!.phase })
    : canPublishAnnouncements(me);
  const title = collaborativeId ? (c ? `Announcements: ${c.title}` : 'Announcements') : 'Network announcements';
  const data = query.data;
  const pages = data ? Math.ceil(data.total / PAGE_SIZE) : 0;

  const confirmDelete = () => {
    if (!deleting) return;
    const gone = deleting;
    remove.mutate(
      { announcementId: gone.id },
      {
        onSuccess: () => say(true, `${gone.title} was deleted.`),
        onError: (e) =>
          say(
            false,
            isStaleEdit(e)
              ? 'Someone changed this announcement meanwhile. The list has been reloaded: try again.'
              : errorMessage(e),
          ),
        onSettled: () => setDeleting(null),
      },
    );
  };

  return (
    <Page
      title={title}
      before={
        collaborativeId ? (
          <BackLink to={`/collaboratives/${collaborativeId}`}>{c?.title ?? 'The collaborative'}</BackLink>
        ) : undefined
      }
      actions={mayPublish ? <Button onClick={() => setPublishing(true)}>Publish an announcement</Button> : undefined}
    >
      {!collaborativeId && <Text>News for everyone in the network.</Text>}
      {collaborativeId && c?.phase === 'CLOSED' && (
        <Text c="dimmed">
          This {c.kind === 'LEARNING_COMMUNITY' ? 'community' : 'collaborative'} is closed: nothing more is published.
        </Text>
      )}
      <Outcome outcome={outcome} />
      <div aria-busy={query.isFetching}>
        {query.isPending || query.isError ? (
          <QueryState query={query} what="the announcements" />
        ) : data && data.items.length === 0 ? (
          <EmptyState title="No announcements yet">
            {mayPublish
              ? 'Share news with everyone it concerns: publish an announcement.'
              : 'News published here shows on this page and on your home page.'}
          </EmptyState>
        ) : (
          data && (
            <Stack gap="sm">
              <ListCount total={data.total} one="announcement" many="announcements" page={page + 1} pages={pages} />
              <CardList items={data.items} keyOf={(a) => a.id} label="Announcements">
                {(a) => (
                  <AnnouncementCard
                    announcement={a}
                    showAudience={!collaborativeId}
                    onEdit={() => setEditing(a)}
                    onDelete={() => setDeleting(a)}
                  />
                )}
              </CardList>
              <PagesNav
                label="Pages of announcements"
                pages={pages}
                page={page + 1}
                onChange={(p) => filters.update({ page: String(p) })}
              />
            </Stack>
          )
        )}
      </div>

      <FormDialog opened={publishing} title="Publish an announcement" onClose={() => setPublishing(false)} size="lg">
        <PublishForm
          collaborativeId={collaborativeId}
          onDone={(a) => {
            setPublishing(false);
            filters.update({ page: undefined });
            say(true, `${a.title} was published.`);
          }}
          onCancel={() => setPublishing(false)}
        />
      </FormDialog>
      <FormDialog opened={editing !== null} title="Edit the announcement" onClose={() => setEditing(null)} size="lg">
        {editing && (
          <EditDialogBody
            announcementId={editing.id}
            onDone={(a) => {
              setEditing(null);
              say(true, `${a.title} was saved.`);
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </FormDialog>
      <ConfirmDialog
        opened={deleting !== null}
        title={deleting ? `Delete ${deleting.title}?` : 'Delete the announcement?'}
        confirmLabel="Delete"
        confirmColor="red"
        busy={remove.isPending}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      >
        <Text>It leaves this list and home pages for everyone. The e-mails and notifications already sent stay.</Text>
      </ConfirmDialog>
    </Page>
  );
}

/** The edit form, once the announcement is read as it is now (with its ETag). */
function EditDialogBody({
  announcementId,
  onDone,
  onCancel,
}: {
  announcementId: string;
  onDone: (a: Announcement) => void;
  onCancel: () => void;
}) {
  const query = useAnnouncement(announcementId);
  if (!query.data) return <QueryState query={query} what="the announcement" />;
  return (
    <EditAnnouncementForm
      base={query.data}
      onReload={async () => (await query.refetch()).data}
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}

export function AnnouncementCard({
  announcement: a,
  showAudience,
  onEdit,
  onDelete,
}: {
  announcement: Announcement;
  showAudience: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const heading = `announcement-${a.id}`;
  return (
    <ItemCard labelledBy={heading}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Title order={2} size="h4" id={heading}>
          {a.title}
        </Title>
        {a.pinned && (
          <StatusBadge color="blue" size="sm">
            Pinned
          </StatusBadge>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {a.authorName} · <time dateTime={a.publishedAt}>{formatInstant(a.publishedAt)}</time>
        {' · '}
        {showAudience && a.collaborativeId ? (
          <Anchor component={Link} to={`/collaboratives/${a.collaborativeId}/announcements`} size="sm">
            {audienceText(a)}
          </Anchor>
        ) : (
          audienceText(a)
        )}
      </Text>
      <AnnouncementBody body={a.body} />
      {a.mayChange && (
        <Group gap="xs">
          <Button size="compact-sm" variant="default" onClick={onEdit} aria-label={`Edit: ${a.title}`}>
            Edit
          </Button>
          <Button size="compact-sm" variant="default" color="red" onClick={onDelete} aria-label={`Delete: ${a.title}`}>
            Delete
          </Button>
        </Group>
      )}
    </ItemCard>
  );
}
