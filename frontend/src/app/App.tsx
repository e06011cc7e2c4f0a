import { ApolloProvider } from '@apollo/client/react';
import { CunninghamProvider } from '@gouvfr-lasuite/cunningham-react';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo';
import { router } from './router';

const client = createApolloClient();

export function App() {
  return (
    <ApolloProvider client={client}>
      <CunninghamProvider currentLocale="fr-FR">
        <RouterProvider router={router} />
      </CunninghamProvider>
    </ApolloProvider>
  );
}
