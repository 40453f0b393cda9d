import { Anchor, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { QueryState } from '@/components/ui/page-state';
import { EmptyState } from '@/components/ui/empty-state';
import { PagesNav } from '@/components/ui/pages-nav';
import { ColumnHeadings } from '@/components/ui/data-table';
import { useOrganizations } from '../api/get-organizations';

const PAGE_SIZE = 20;

/** Every organisation (admins), searchable by name. */
export function OrganizationsList() {
  const [search, setSearch] = useSearchParams();
  const [q, setQ] = useState(search.get('q') ?? '');
  const page = Math.max(Number(search.get('page') ?? '1') || 1, 1);
  const params = { q: search.get('q')?.trim() || undefined, page: page - 1, size: PAGE_SIZE };
  const query = useOrganizations(params);

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in changes)) next.delete('page');
    setSearch(next, { replace: true });
  };
  const searchLater = useDebouncedCallback((value: string) => update({ q: value.trim() }), 350);
  const pages = query.data ? Math.ceil(query.data.total / PAGE_SIZE) : 0;

  return (
    <Stack gap="md">
      <form
        role="search"
        aria-label="Search organisations"
        onSubmit={(e) => {
          e.preventDefault();
          update({ q: q.trim() });
        }}
      >
        <TextInput
          id="organizations-search"
          label="Search"
          description="Part of the name"
          type="search"
          maw={420}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            searchLater(e.currentTarget.value);
          }}
        />
      </form>
      <div aria-busy={query.isFetching}>
        {query.isPending || query.isError ? (
          <QueryState query={query} what="organisations" failed="The organisations could not be loaded" />
        ) : query.data.items.length === 0 ? (
          <EmptyState title={params.q ? 'No organisation matches' : 'No organisations yet'}>
            {params.q ? 'Try another part of the name.' : 'Register the first organisation.'}
          </EmptyState>
        ) : (
          <Stack gap="sm">
            <Text size="sm" c="dimmed" role="status">
              {query.data.total === 1 ? '1 organisation' : `${query.data.total} organisations`}
            </Text>
            <Table.ScrollContainer minWidth={480}>
              <Table striped highlightOnHover verticalSpacing="sm">
                <Table.Caption className="lcp-visually-hidden">Organisations</Table.Caption>
                <ColumnHeadings columns={['Name', 'Where', 'Members']} />
                <Table.Tbody>
                  {query.data.items.map((o) => (
                    <Table.Tr key={o.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/organizations/${o.id}`}>
                          {o.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{[o.city, o.region, o.countryCode].filter(Boolean).join(', ') || '—'}</Table.Td>
                      <Table.Td>{o.memberCount ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
      </div>
      <PagesNav label="Pages of organisations" pages={pages} page={page} onChange={(p) => update({ page: String(p) })} />
    </Stack>
  );
}
