import { useMemo } from 'react';
import { formatEuros, formatEurosChange } from '../../format';
import { costAction, previewRows, type PayerShare, type PreviewRow } from '../../model/sharePreview';
import { useActionForm } from './formContext';
import { TableScroll } from '../TableScroll';
import { CostOutliers } from '../costing/CostOutliers';
import { MIN_OUTLIER_FACTOR, costPerInhabitantOutliers, populationsOf } from '@mutualis/domain/costing/outliers';
import { KIND_FORMS } from '../../model/kinds';

const amount = (share: PayerShare | null, pick: (share: PayerShare) => number) => (share ? formatEuros(pick(share)) : '—');
const totalOf = (rows: readonly PreviewRow[], side: 'before' | 'after') => rows.reduce((sum, row) => sum + (row[side]?.totalCents ?? 0), 0);

/**
 * What the action costs each payer as typed, recomputed at every keystroke with the shared engine,
 * beside what it cost as saved: ticking a commune or changing the key shows its effect on everyone.
 * Shown beside the form on wide screens, in view while the key and the costs are edited.
 */
export function SharePreview({ schemeTotalCents, headingId }: { schemeTotalCents: number; headingId: string }) {
  const { editor } = useActionForm();
  const { context, savedAction, reading, env, isNew } = editor;
  const before = useMemo(() => (savedAction ? costAction(context, savedAction) : null), [context, savedAction]);
  const after = useMemo(() => (reading.readable ? costAction(context, reading.readable) : null), [context, reading.readable]);
  const rows = useMemo(() => (after?.ok ? previewRows(before, after, env.communes) : null), [before, after, env.communes]);

  let summary: string;
  if (!after) summary = 'Aperçu en attente : corrigez les valeurs signalées.';
  else if (!after.ok) summary = `Aperçu impossible : ${after.message}`;
  else {
    const was = rows ? totalOf(rows, 'before') : 0;
    const is = rows ? totalOf(rows, 'after') : 0;
    const epci = rows?.[0].after?.totalCents ?? 0;
    summary =
      `Sur la durée de l’action : ${formatEuros(is)}${isNew ? '' : ` (enregistré : ${formatEuros(was)})`}, ` +
      `dont intercommunalité ${formatEuros(epci)} et communes ${formatEuros(is - epci)}. ` +
      `Total du schéma sur le mandat : ${formatEuros(schemeTotalCents - was + is)}${is === was ? '' : ` au lieu de ${formatEuros(schemeTotalCents)}`}.`;
  }

  return (
    // The page's one landmark for the preview. Beside the form it scrolls on its own: focusable, so
    // that the keyboard scrolls it too (WCAG 2.1.1).
    <section className="form-section share-preview" aria-labelledby={headingId} tabIndex={0}>
      <h2 id={headingId} tabIndex={-1} className="form-section__legend">
        Aperçu de la répartition
      </h2>
      <p className="share-preview__summary" aria-live="polite">
        {summary}
      </p>
      {rows && <PreviewTable rows={rows} showBefore={!isNew} savingHeader={KIND_FORMS[editor.draft.kind].savingPeriod === 'contract' ? 'Économie sur la durée du marché' : 'Économie sur le mandat'} />}
      {after?.ok && after.costing && (
        <CostOutliers
          actions={[{ ...after.costing, costPerInhabitant: costPerInhabitantOutliers(after.costing, populationsOf(after.result), MIN_OUTLIER_FACTOR) }]}
          communes={after.result.communes}
        />
      )}
    </section>
  );
}

/** A group purchase is charged only in its purchase year or its contract's years: its saving over the mandate is its saving over the contract. */
function PreviewTable({ rows, showBefore, savingHeader }: { rows: PreviewRow[]; showBefore: boolean; savingHeader: string }) {
  return (
    <TableScroll label="Parts de chaque payeur">
      <table className="data-table data-table--compact">
        <caption>
          Part de chaque payeur {showBefore ? 'avant (enregistrée) et après (saisie en cours)' : 'selon la saisie en cours'}, la première année et sur la
          durée de l’action
        </caption>
        <thead>
          <tr>
            <th scope="col">Payeur</th>
            {showBefore && <th scope="col" className="numeric">1re année, avant</th>}
            <th scope="col" className="numeric">1re année{showBefore ? ', après' : ''}</th>
            {showBefore && <th scope="col" className="numeric">Sur la durée, avant</th>}
            <th scope="col" className="numeric">Sur la durée{showBefore ? ', après' : ''}</th>
            {showBefore && <th scope="col" className="numeric">Écart</th>}
            <th scope="col" className="numeric">{savingHeader}</th>
            <th scope="col">Calcul de la 1re année</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const difference = (row.after?.totalCents ?? 0) - (row.before?.totalCents ?? 0);
            return (
              <tr key={row.key} className={showBefore && difference !== 0 ? 'row--changed' : undefined}>
                <th scope="row">{row.label}</th>
                {showBefore && <td className="numeric">{amount(row.before, (s) => s.firstYearCents)}</td>}
                <td className="numeric">{amount(row.after, (s) => s.firstYearCents)}</td>
                {showBefore && <td className="numeric">{amount(row.before, (s) => s.totalCents)}</td>}
                <td className="numeric">{amount(row.after, (s) => s.totalCents)}</td>
                {showBefore && <td className="numeric">{formatEurosChange(difference)}</td>}
                <td className="numeric">{row.savingAfterCents === null ? '—' : formatEurosChange(row.savingAfterCents)}</td>
                <td className="explanation">{row.after?.explanation ?? 'Ne participe plus'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
