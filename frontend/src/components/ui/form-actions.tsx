import { Button, Group, Text } from '@mantine/core';

/**
 * A form's buttons: send it (busy while it goes), and cancel when the form may be left. With
 * `status`, a live region beside them says what the last submission did (e.g. "… is invited.").
 */
export function FormActions({
  submitLabel,
  submitting,
  onCancel,
  status,
}: {
  submitLabel: string;
  submitting: boolean;
  onCancel?: () => void;
  /** What the last submission did; null while there is nothing to say (the region is there already). */
  status?: string | null;
}) {
  return (
    <Group gap="sm">
      <Button type="submit" loading={submitting}>
        {submitLabel}
      </Button>
      {onCancel && (
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
      )}
      {status !== undefined && <div role="status">{status && <Text size="sm">{status}</Text>}</div>}
    </Group>
  );
}
