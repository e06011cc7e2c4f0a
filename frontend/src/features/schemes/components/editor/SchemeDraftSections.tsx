import { useMemo } from 'react';
import { ExportDownloads } from '../../../exports/components/ExportDownloads';
import { SchemeVersionCommands } from '../../../versions/components/SchemeVersionCommands';
import { Notice, SuccessMessage } from '../../../../shared/ui/Notice';
import { useCostingLookups } from '../../hooks/useCostingLookups';
import { actionRowsOf, costingOf, type Scheme } from '../../hooks/useScheme';
import { CostingViews } from '../costing/CostingViews';
import { ActionsPanel, type ActionsEditing } from './ActionsPanel';
import { SchemeTotals } from './SchemeTotals';

interface SchemeDraftBodyProps {
  scheme: Scheme;
  /** What the last change did, or why it was refused. */
  done: string | undefined;
  failure: string | undefined;
  /** Absent for those who may only read. */
  editing: ActionsEditing | undefined;
}

/*
 * The scheme page but its header, in a chunk of its own, loaded while the header shows: on a slow
 * link the title comes first, without waiting for the costing's code. Its two parts come in one
 * chunk so that they appear together: commands appearing above the actions after them would push
 * the page down under the reader's eyes.
 */

/** The header's commands about the whole draft: versions and downloads. */
export function SchemeDraftCommands(props: Parameters<typeof SchemeVersionCommands>[0]) {
  return (
    <>
      <SchemeVersionCommands {...props} />
      <ExportDownloads source="DRAFT" id={props.schemeId} />
    </>
  );
}

/** Below the header: totals, actions and the costing views. */
export function SchemeDraftBody({ scheme, done, failure, editing }: SchemeDraftBodyProps) {
  const costing = costingOf(scheme);
  const actions = useMemo(() => actionRowsOf(scheme), [scheme]);
  const { nameOf, positions, concerned } = useCostingLookups(actions, costing);
  return (
    <>
      <SuccessMessage>{done}</SuccessMessage>
      {failure && <Notice type="error">{failure}</Notice>}
      <SchemeTotals costing={costing} actionCount={scheme.actions.length} problemCount={new Set(scheme.costing.problems.map((p) => p.actionId)).size} />
      <section aria-labelledby="actions-title">
        <h2 id="actions-title">Actions</h2>
        <ActionsPanel
          actions={actions}
          problems={scheme.costing.problems}
          warnings={scheme.costing.warnings}
          costing={costing}
          nameOf={nameOf}
          editing={editing}
          openable
        />
      </section>
      <CostingViews costing={costing} positions={positions} concerned={concerned} />
    </>
  );
}
