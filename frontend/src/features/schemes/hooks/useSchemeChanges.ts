import { useMutation } from '@apollo/client/react';
import { useMemo } from 'react';
import type { SchemeActionInput } from '@mutualis/domain/scheme/action';
import { AddActionMutation, MoveActionMutation, RemoveActionMutation, UpdateActionMutation, UpdateSchemeMutation } from '../graphql/schemes';
import type { SchemeDetails } from './useSchemes';

/**
 * Changes to one draft, each made from the revision the user saw. Every mutation answers with the
 * whole scheme, so the cache (and every page showing it) takes the new revision and costing.
 */
export function useSchemeChanges(schemeId: string) {
  const [updateScheme] = useMutation(UpdateSchemeMutation);
  const [addAction] = useMutation(AddActionMutation);
  const [updateAction] = useMutation(UpdateActionMutation);
  const [removeAction] = useMutation(RemoveActionMutation);
  const [moveAction] = useMutation(MoveActionMutation);

  return useMemo(
    () => ({
      updateDetails: (expectedRevision: number, input: SchemeDetails) => updateScheme({ variables: { id: schemeId, expectedRevision, input } }),
      addAction: async (expectedRevision: number, action: SchemeActionInput) =>
        (await addAction({ variables: { schemeId, expectedRevision, action } })).data!.addAction,
      updateAction: async (actionId: string, expectedRevision: number, action: SchemeActionInput) =>
        (await updateAction({ variables: { schemeId, actionId, expectedRevision, action } })).data!.updateAction,
      removeAction: (actionId: string, expectedRevision: number) => removeAction({ variables: { schemeId, actionId, expectedRevision } }),
      moveAction: (actionId: string, expectedRevision: number, position: number) =>
        moveAction({ variables: { schemeId, actionId, expectedRevision, position } }),
    }),
    [schemeId, updateScheme, addAction, updateAction, removeAction, moveAction],
  );
}
