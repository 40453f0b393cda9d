import { Page } from '@/components/layouts/page';
import { BackLink } from '@/components/ui/back-link';
import { NotificationPreferencesForm } from '@/features/notifications/components/notification-preferences-form';

export default function NotificationPreferencesRoute() {
  return (
    <Page title="Notification settings" before={<BackLink to="/notifications">Notifications</BackLink>}>
      <NotificationPreferencesForm />
    </Page>
  );
}
