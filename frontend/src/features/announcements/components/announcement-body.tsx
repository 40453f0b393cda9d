import { Stack, Text } from '@mantine/core';

import { paragraphs } from '../utils/announcement-values';

/**
 * An announcement's text as plain text: its paragraphs, line breaks kept. Nothing in it is read as
 * markup (React escapes it), so a `<script>` in an announcement shows as the characters typed.
 */
export function AnnouncementBody({ body, lineClamp }: { body: string; lineClamp?: number }) {
  const parts = paragraphs(body);
  if (lineClamp) {
    return (
      <Text size="sm" lineClamp={lineClamp} className="lcp-prewrap">
        {parts.join('\n')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {parts.map((p, i) => (
        <Text key={i} className="lcp-prewrap">
          {p}
        </Text>
      ))}
    </Stack>
  );
}
