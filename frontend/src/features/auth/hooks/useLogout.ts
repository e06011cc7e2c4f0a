import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { LogoutMutation } from '../graphql/session';

export function useLogout() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useMutation(LogoutMutation);

  return async () => {
    await logout();
    // Leave the shell first (synchronously), so that no mounted page refetches while the
    // cache is being emptied.
    await navigate('/connexion', { replace: true, flushSync: true });
    await client.clearStore();
  };
}
