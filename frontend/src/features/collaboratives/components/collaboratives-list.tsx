import { Button, Group, Stack, TextInput } from '@mantine/core';

import { ListCount } from '@/components/ui/list-count';
import { QueryState } from '@/components/ui/page-state';
import { EmptyState } from '@/components/ui/empty-state';
import { PagesNav } from '@/components/ui/pages-nav';
import { useCollaboratives, type CollaborativesParams } from '@/lib/queries/collaboratives';
import { optionsOf } from '@/utils/labels';
import { useListFilters, useSearchBox } from '@/lib/list-filters';
import { FilterSelect } from '@/components/ui/filter-select';
import { KIND_LABELS, PHASES, PHASE_LABELS, type CollaborativeKind, type Phase } from '../utils/phases';
import { CollaborativeCard } from './collaborative-card';

const PAGE_SIZE = 20;

function paramsOf(search: URLSearchParams): CollaborativesParams {
  const phase = search.get('phase');
  const kind = search.get('kind');
  const q = search.get('q')?.trim();
  const page = Number(search.get('page') ?? '1');
  return {
    phase: PHASES.includes(phase as Phase) ? (phase as Phase) : undefined,
    kind: kind && kind in KIND_LABELS ? (kind as CollaborativeKind) : undefined,
    q: q || undefined,
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
    size: PAGE_SIZE,
  };
}

/** The collaboratives the person may see, filtered by phase, kind and a search; filters live in the URL. */
export function CollaborativesList() {
  const { search, setSearch, update } = useListFilters();
  const params = paramsOf(search);
  const box = useSearchBox(search.get('q') ?? '', (q) => update({ q }));
  const query = useCollaboratives(params);
  const filtered = Boolean(params.phase || params.kind || params.q);

  const data = query.data;
  const pages = data ? Math.ceil(data.total / PAGE_SIZE) : 0;

  return (
    <Stack gap="md">
      <form role="search" aria-label="Filter collaboratives" onSubmit={box.onSubmit}>
        <Group align="flex-end" gap="sm" grow preventGrowOverflow={false} className="lcp-filters">
          <TextInput id="collaboratives-search" label="Search" description="Title or practice" {...box.input} />
          <FilterSelect
            id="collaboratives-phase"
            label="Phase"
            description="Only this phase"
            name="phase"
            value={params.phase}
            any="All phases"
            options={optionsOf(PHASE_LABELS, PHASES)}
            onFilter={update}
          />
          <FilterSelect
            id="collaboratives-kind"
            label="Kind"
            description="Collaborative or community"
            name="kind"
            value={params.kind}
            any="All kinds"
            options={optionsOf(KIND_LABELS)}
            onFilter={update}
          />
        </Group>
      </form>

      <div aria-busy={query.isFetching}>
        {query.isPending || query.isError ? (
          <QueryState query={query} what="collaboratives" failed="The collaboratives could not be loaded" />
        ) : data && data.items.length === 0 ? (
          <EmptyState
            title={filtered ? 'No collaborative matches' : 'No collaboratives yet'}
            action={
              filtered ? (
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => {
                    box.setText('');
                    setSearch(new URLSearchParams(), { replace: true });
                  }}
                >
                  Clear the filters
                </Button>
              ) : undefined
            }
          >
            {filtered
              ? 'Try another phase, kind or search.'
              : 'Collaboratives appear here once they are announced, or when you are their faculty.'}
          </EmptyState>
        ) : (
          data && (
            <Stack gap="sm">
              <ListCount
                total={data.total}
                one="collaborative"
                many="collaboratives"
                page={(params.page ?? 0) + 1}
                pages={pages}
              />
              <ul className="lcp-plain-list lcp-card-list">
                {data.items.map((c) => (
                  <li key={c.id}>
                    <CollaborativeCard collaborative={c} />
                  </li>
                ))}
              </ul>
            </Stack>
          )
        )}
      </div>
      <PagesNav
        label="Pages of collaboratives"
        pages={pages}
        page={(params.page ?? 0) + 1}
        onChange={(p) => update({ page: String(p) })}
      />
    </Stack>
  );
}
