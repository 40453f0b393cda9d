import { LibraryPage } from '@/features/library/components/library-page';

export default function NetworkLibraryRoute() {
  return <LibraryPage />;
}
