import { Button } from '@gouvfr-lasuite/cunningham-react';
import type { SchemeAction } from '@mutualis/domain/scheme/action';
import { useEffect, useMemo, useRef } from 'react';
import { formatDateTime } from '../../format';
import type { ActionConflict } from '../../hooks/useActionEditor';
import { actionAspects, aspectChanges, aspectValue, type Aspect, type AspectChange } from '@mutualis/domain/scheme/describe-action';
import { useActionForm } from './formContext';
import { TableScroll } from '../TableScroll';

/**
 * Someone saved the scheme after the user opened the form: who and when, what they changed in this
 * action, their version beside the user's input, and the way to re-apply the input on top of it.
 */
export function ConflictPanel({ conflict }: { conflict: ActionConflict }) {
  const { editor } = useActionForm();
  const ref = useRef<HTMLElement>(null);
  const who = conflict.updatedBy ?? 'Une autre personne';
  const describe = useDescriber();
  const theirChanges = useMemo(
    () => (editor.savedAction && conflict.theirs ? aspectChanges(describe(editor.savedAction), describe(conflict.theirs)) : []),
    [editor.savedAction, conflict.theirs, describe],
  );
  const versions = useMemo(() => {
    const mine = editor.reading.readable;
    const after = editor.reapplication?.action;
    if (!conflict.theirs || !mine || !after) return [];
    return versionRows(describe(conflict.theirs), describe(mine), describe(after));
  }, [conflict.theirs, editor.reading.readable, editor.reapplication, describe]);

  // The panel takes the focus so that keyboard and screen-reader users hear who changed what.
  useEffect(() => ref.current?.focus(), [conflict]);

  return (
    <section ref={ref} className="conflict" tabIndex={-1} aria-labelledby="conflict-title">
      <h2 id="conflict-title" className="conflict__title">
        {who} a modifié ce schéma le {formatDateTime(conflict.updatedAt)}, après que vous l’avez ouvert.
      </h2>
      <p>Votre saisie n’a pas été enregistrée. Elle est conservée dans le formulaire ci-dessous : rien n’est perdu.</p>
      {editor.savedAction && !conflict.theirs && <p>{who} a supprimé cette action. En reportant votre saisie, vous la recréez comme nouvelle action.</p>}
      {editor.savedAction && conflict.theirs && (
        <>
          <h3>Ce que {who} a changé dans cette action</h3>
          {theirChanges.length === 0 ? <p>Rien : sa modification porte sur une autre partie du schéma.</p> : <ChangeList changes={theirChanges} />}
        </>
      )}
      {versions.length > 0 && <VersionsTable who={who} rows={versions} />}
      <p>
        En reportant votre saisie, vos modifications s’appliquent à la dernière version (révision {conflict.latest.revision}) ; les siennes sont
        conservées là où vous n’avez rien changé.
      </p>
      <Button type="button" onClick={editor.reapply}>
        Reporter ma saisie sur la dernière version
      </Button>
    </section>
  );
}

/** Describes actions with the commune and metric names of the EPCI. */
function useDescriber() {
  const { editor } = useActionForm();
  const { communes, metrics } = editor.env;
  return useMemo(() => {
    const names = new Map(communes.map((c) => [c.insee, c.name]));
    const metricLabels = new Map(metrics.map((m) => [m.key, m.label]));
    return (action: SchemeAction) =>
      actionAspects(
        action,
        (insee) => names.get(insee) ?? insee,
        (key) => metricLabels.get(key) ?? key,
      );
  }, [communes, metrics]);
}

function ChangeList({ changes }: { changes: AspectChange[] }) {
  return (
    <ul>
      {changes.map((change) => (
        <li key={change.label}>
          {change.label} : « {change.before} » devient « {change.after} »
        </li>
      ))}
    </ul>
  );
}

interface VersionRow {
  label: string;
  theirs: string;
  mine: string;
  after: string;
}

/** The aspects where their version and the user's input differ, with what re-applying gives. */
function versionRows(theirs: Aspect[], mine: Aspect[], after: Aspect[]): VersionRow[] {
  return aspectChanges(theirs, mine).map((change) => ({ label: change.label, theirs: change.before, mine: change.after, after: aspectValue(after, change.label) }));
}

function VersionsTable({ who, rows }: { who: string; rows: VersionRow[] }) {
  return (
    <TableScroll label="Versions de l’action">
      <table className="data-table data-table--compact">
        <caption>Sa version de l’action et votre saisie, là où elles diffèrent, et le résultat du report</caption>
        <thead>
          <tr>
            <th scope="col">Élément</th>
            <th scope="col">Version de {who}</th>
            <th scope="col">Votre saisie</th>
            <th scope="col">Après report de votre saisie</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.theirs}</td>
              <td>{row.mine}</td>
              <td>{row.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
