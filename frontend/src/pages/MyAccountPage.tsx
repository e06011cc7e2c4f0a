import { MyAccount } from '../features/account/components/MyAccount';
import { PageHeading } from '../shared/ui/PageHeading';

export function MyAccountPage() {
  return (
    <>
      <PageHeading>Mon compte</PageHeading>
      <MyAccount />
    </>
  );
}
