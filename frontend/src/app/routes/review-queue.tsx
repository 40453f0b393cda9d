import { NotAllowed } from '@/components/errors/not-allowed';
import { Page } from '@/components/layouts/page';
import { ReviewQueue } from '@/features/applications/components/review-queue';
import { usePermissions } from '@/lib/auth/permissions';

export default function ReviewQueueRoute() {
  const can = usePermissions();
  if (!can.canReview) {
    return <NotAllowed reason="The review queue is for the collaboratives' faculty and platform admins." />;
  }
  return (
    <Page title="Review queue">
      <ReviewQueue />
    </Page>
  );
}
