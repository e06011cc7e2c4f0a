import { useApolloClient, useMutation } from '@apollo/client/react';
import { LoginMutation, MeQuery } from '../graphql/session';

export function useLogin() {
  const client = useApolloClient();
  const [login] = useMutation(LoginMutation);

  return async (email: string, password: string) => {
    // Whatever a previous user left in the cache must not leak to the next one.
    await client.clearStore();
    const { data } = await login({ variables: { input: { email, password } } });
    if (data) client.writeQuery({ query: MeQuery, data: { me: data.login } });
    return data?.login ?? null;
  };
}
