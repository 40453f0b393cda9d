import { Button } from '@mantine/core';
import { useState } from 'react';

import { errorMessage } from '@/lib/api/problem';
import { downloadItem, openLink, useInvalidateLibrary } from '../api/library';
import type { LibraryItem } from '../utils/library-values';
import { saveBlob } from '@/utils/save-blob';

/**
 * Download a file (fetched with the bearer token, then saved), or open a link (counted first, then
 * opened in a new tab). Tells `onDone` what happened, for the page's live region.
 */
export function ItemAction({
  item,
  version,
  size = 'compact-sm',
  onDone,
}: {
  item: Pick<LibraryItem, 'id' | 'kind' | 'title' | 'file'>;
  /** An earlier version of the file (default: its current one). */
  version?: { number: number; fileName: string };
  size?: 'compact-sm' | 'sm';
  onDone: (ok: boolean, message: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  const invalidate = useInvalidateLibrary();
  const run = async () => {
    setBusy(true);
    try {
      if (item.kind === 'LINK') {
        const { url } = await openLink(item.id);
        window.open(url, '_blank', 'noopener,noreferrer');
        onDone(true, `${item.title} opens in a new tab.`);
      } else {
        const { blob, fileName } = await downloadItem({ item, version });
        saveBlob(blob, fileName);
        onDone(true, `${fileName} downloaded.`);
      }
      void invalidate();
    } catch (error) {
      onDone(false, errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  const label = item.kind === 'LINK' ? 'Open' : version ? `Download version ${version.number}` : 'Download';
  return (
    <Button size={size} variant="default" loading={busy} onClick={() => void run()} aria-label={`${label}: ${item.title}`}>
      {label}
    </Button>
  );
}
