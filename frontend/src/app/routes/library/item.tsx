import { useParams } from 'react-router';

import { ItemDetail } from '@/features/library/components/item-detail';

export default function LibraryItemRoute() {
  const { itemId = '' } = useParams();
  return <ItemDetail key={itemId} itemId={itemId} />;
}
