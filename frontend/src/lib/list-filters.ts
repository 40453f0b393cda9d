import { useDebouncedCallback } from '@mantine/hooks';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';

import { withChanges } from '@/utils/search-params';

/**
 * A list page's filters, kept in the address (a link or a reload shows the same list): `page` is
 * the page asked for (from 1), and `update` changes some filters and goes back to the first page,
 * unless it names the page itself.
 */
export function useListFilters() {
  const [search, setSearch] = useSearchParams();
  const page = Math.max(Number(search.get('page') ?? '1') || 1, 1);
  const update = (changes: Record<string, string | undefined>) =>
    setSearch(withChanges(search, 'page' in changes ? changes : { ...changes, page: undefined }), { replace: true });
  return { search, setSearch, page, update };
}

/**
 * A list page's search box: the text as typed, searched after a pause and at once when its form is
 * sent (Enter); `search` gets the text trimmed.
 */
export function useSearchBox(initial: string, search: (text: string) => void) {
  const [text, setText] = useState(initial);
  const later = useDebouncedCallback((value: string) => search(value.trim()), 350);
  return {
    text,
    setText,
    /** Drops the pending search (a form that searches several boxes at once must, or one box's late search undoes the others). */
    cancel: () => later.cancel(),
    /** The search input's props: `<TextInput {...box.input} />`. */
    input: {
      type: 'search',
      value: text,
      onChange: (e: ChangeEvent<HTMLInputElement>) => {
        setText(e.currentTarget.value);
        later(e.currentTarget.value);
      },
    },
    /** The form's submit. */
    onSubmit: (e: FormEvent) => {
      e.preventDefault();
      later.cancel(); // searched now: the pending search must not follow (it could undo a later navigation)
      search(text.trim());
    },
  };
}
