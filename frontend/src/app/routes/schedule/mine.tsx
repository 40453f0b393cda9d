import { MySchedule } from '@/features/schedule/components/my-schedule';

export default function MyScheduleRoute() {
  return <MySchedule />;
}
