import { ApolloProvider } from '@apollo/client/react';
import { CunninghamProvider } from '@gouvfr-lasuite/cunningham-react';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo';
import { createRouter } from './router';

const client = createApolloClient();
// Created with the client, before the first render: the first page's loaders start its reads at once.
const router = createRouter(client);

export function App() {
  return (
    <ApolloProvider client={client}>
      <CunninghamProvider currentLocale="fr-FR">
        <RouterProvider router={router} />
      </CunninghamProvider>
    </ApolloProvider>
  );
}
