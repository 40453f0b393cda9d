import { Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router';

import { ListCount } from '@/components/ui/list-count';
import { BackLink } from '@/components/ui/back-link';
import { QueryState } from '@/components/ui/page-state';
import { NotFound } from '@/components/errors/not-found';
import { Page } from '@/components/layouts/page';
import { EmptyState } from '@/components/ui/empty-state';
import { PagesNav } from '@/components/ui/pages-nav';
import { isApiError } from '@/lib/api/problem';
import { useCollaborative } from '@/lib/queries/collaboratives';
import { CardList, ItemCard } from '@/components/ui/card-list';
import { useListFilters, useSearchBox } from '@/lib/list-filters';
import { useCallArchive } from '../api/search-archive';
import { CallTimes } from './call-times';
import '../calls.css';

const PAGE_SIZE = 20;

function excerpt(text: string | undefined, max = 280): string {
  if (!text) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Every archived call of a collaborative, newest first, searchable by topic. */
export function CallArchive({ collaborativeId }: { collaborativeId: string }) {
  const filters = useListFilters();
  const { search, setSearch, update } = filters;
  const q = search.get('q')?.trim() || undefined;
  const topic = search.get('topic')?.trim() || undefined;
  const page = filters.page - 1;
  const box = useSearchBox(search.get('q') ?? '', (text) => update({ q: text }));
  const collaborative = useCollaborative(collaborativeId);
  const query = useCallArchive(collaborativeId, { q, topic, page, size: PAGE_SIZE });

  if (collaborative.isError && isApiError(collaborative.error, 404)) return <NotFound what="This collaborative" />;
  if (query.isError && isApiError(query.error, 404)) return <NotFound what="This collaborative" />;
  const data = query.data;
  const pages = data ? Math.ceil(data.total / PAGE_SIZE) : 0;
  const filtered = Boolean(q || topic);

  return (
    <Page
      title={collaborative.data ? `Call archive: ${collaborative.data.title}` : 'Call archive'}
      before={<BackLink to={`/collaboratives/${collaborativeId}/calls`}>Calls</BackLink>}
    >
      <form role="search" aria-label="Search the call archive" onSubmit={box.onSubmit}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            id="archive-search"
            label="Search by topic"
            description="Part of a call’s topic or of a topic covered"
            maxLength={200}
            miw={260}
            {...box.input}
          />
          <Button type="submit" variant="default">
            Search
          </Button>
        </Group>
      </form>
      {topic && (
        <Group gap="sm">
          <Text size="sm">
            Only calls that covered <strong>{topic}</strong>
          </Text>
          <Button size="xs" variant="subtle" onClick={() => update({ topic: undefined })}>
            Show every topic
          </Button>
        </Group>
      )}
      <div aria-busy={query.isFetching}>
        {query.isPending || query.isError ? (
          <QueryState
            query={query}
            what="the archive"
            loading="Searching the archive…"
            failed="The archive could not be searched"
          />
        ) : data && data.items.length === 0 ? (
          <EmptyState
            title={filtered ? 'No archived call matches' : 'The archive is empty'}
            action={
              filtered ? (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    box.setText('');
                    setSearch(new URLSearchParams(), { replace: true });
                  }}
                >
                  Clear the search
                </Button>
              ) : undefined
            }
          >
            {filtered ? 'Try another word.' : 'Calls appear here once the faculty write their archive entry after the call.'}
          </EmptyState>
        ) : (
          data && (
            <Stack gap="sm">
              <ListCount total={data.total} one="archived call" many="archived calls" page={page + 1} pages={pages} />
              <CardList items={data.items} keyOf={(call) => call.id}>
                {(call) => (
                  <ItemCard labelledBy={`archived-${call.id}`}>
                    <Title order={2} size="h5" id={`archived-${call.id}`} className="lcp-call-title">
                      <Anchor component={Link} to={`/calls/${call.id}`} c="inherit">
                        {call.topic}
                      </Anchor>
                    </Title>
                    <CallTimes startsAt={call.startsAt} endsAt={call.endsAt} timeZone={call.timeZone} />
                    {call.facilitatorName && (
                      <Text size="sm" c="dimmed">
                        Facilitator: {call.facilitatorName}
                      </Text>
                    )}
                    {call.archive && call.archive.topicsCovered.length > 0 && (
                      <Group gap="xs" align="baseline" wrap="wrap">
                        <Text size="sm" fw={600}>
                          Topics covered:
                        </Text>
                        <ul className="lcp-topics" aria-label={`Topics covered in ${call.topic}`}>
                          {call.archive.topicsCovered.map((t) => (
                            <li key={t}>
                              <Anchor
                                component="button"
                                type="button"
                                size="sm"
                                onClick={() => update({ topic: t, q: undefined })}
                                aria-pressed={topic?.toLowerCase() === t.toLowerCase()}
                                aria-label={`Only calls that covered ${t}`}
                              >
                                {t}
                              </Anchor>
                            </li>
                          ))}
                        </ul>
                      </Group>
                    )}
                    {call.archive?.notes && <Text size="sm">{excerpt(call.archive.notes)}</Text>}
                    <Group gap="md">
                      {call.archive?.recordingUrl && (
                        <Anchor href={call.archive.recordingUrl} target="_blank" rel="noreferrer" size="sm">
                          Recording<span className="lcp-visually-hidden"> of {call.topic} (opens a new tab)</span>
                        </Anchor>
                      )}
                      {call.archive?.slidesUrl && (
                        <Anchor href={call.archive.slidesUrl} target="_blank" rel="noreferrer" size="sm">
                          Slides<span className="lcp-visually-hidden"> of {call.topic} (opens a new tab)</span>
                        </Anchor>
                      )}
                    </Group>
                  </ItemCard>
                )}
              </CardList>
            </Stack>
          )
        )}
      </div>
      <PagesNav label="Pages of the archive" pages={pages} page={page + 1} onChange={(p) => update({ page: String(p) })} />
    </Page>
  );
}
