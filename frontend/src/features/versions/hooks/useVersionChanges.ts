import { useMutation } from '@apollo/client/react';
import { useModals } from '@gouvfr-lasuite/cunningham-react';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { apiErrorDetail, apiErrorMessage } from '../../../shared/graphql/errors';
import { conflictOf } from '../../schemes/apiErrors';
import { schemePath, type SchemePageState } from '../../schemes/paths';
import { FreezeVersionMutation, RestoreVersionMutation } from '../graphql/versions';

/**
 * Freezes the draft at the revision the user sees. When the draft moved meanwhile, the latest
 * revision is read before the refusal is shown, so that the user reviews it and may retry. A draft
 * identical to the latest version is frozen only once the user confirms; null when they decline.
 */
export function useFreezeVersion(schemeId: string, reload: () => Promise<unknown>) {
  // Only a timeline on screen needs the new version; a scheme page has none to refresh.
  const [freeze] = useMutation(FreezeVersionMutation, { refetchQueries: ['SchemeVersions'], awaitRefetchQueries: true });
  const modals = useModals();
  return useCallback(
    async (expectedRevision: number, message: string) => {
      const attempt = async (confirmIdentical: boolean) =>
        (await freeze({ variables: { schemeId, expectedRevision, message, confirmIdentical } })).data!.freezeVersion;
      try {
        return await attempt(false);
      } catch (problem) {
        if (conflictOf(problem)) await reload();
        const identicalTo = apiErrorDetail(problem, 'identicalTo');
        if (typeof identicalTo !== 'number') throw problem;
        const decision = await modals.confirmationModal({
          title: `Figer une version identique à la version ${identicalTo} ?`,
          children: `Rien n’a changé dans le brouillon depuis la version ${identicalTo}.`,
          hideCloseButton: true,
        });
        return decision === 'yes' ? attempt(true) : null;
      }
    },
    [freeze, schemeId, reload, modals],
  );
}

interface RestoreOptions {
  epciId: string;
  schemeId: string;
  /** The draft's revision as this page read it. */
  revision: number | undefined;
  reload: () => Promise<unknown>;
}

/** Puts a version back into the draft once confirmed, then shows the draft; a refusal is kept to be shown. */
export function useRestoreVersion({ epciId, schemeId, revision, reload }: RestoreOptions) {
  const [restoreVersion] = useMutation(RestoreVersionMutation);
  const modals = useModals();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string>();

  const restore = useCallback(
    async (version: { id: string; number: number }) => {
      if (revision === undefined) return;
      const decision = await modals.confirmationModal({
        title: `Restaurer la version ${version.number} dans le brouillon ?`,
        children: 'Le brouillon actuel sera remplacé ; il reste consultable dans le journal.',
        hideCloseButton: true,
      });
      if (decision !== 'yes') return;
      setFailure(undefined);
      try {
        await restoreVersion({ variables: { versionId: version.id, expectedRevision: revision } });
        const state: SchemePageState = { saved: `La version ${version.number} a été restaurée dans le brouillon.` };
        navigate(schemePath(epciId, schemeId), { state });
      } catch (problem) {
        const conflict = conflictOf(problem);
        if (!conflict) return setFailure(apiErrorMessage(problem));
        await reload();
        setFailure(
          `${conflict.updatedBy ?? 'Quelqu’un'} a modifié le brouillon depuis que vous avez ouvert cette page : rien n’a été restauré. ` +
            'La page montre maintenant la dernière révision ; restaurez de nouveau si vous le souhaitez.',
        );
      }
    },
    [revision, modals, restoreVersion, navigate, epciId, schemeId, reload],
  );
  return { restore, failure };
}
