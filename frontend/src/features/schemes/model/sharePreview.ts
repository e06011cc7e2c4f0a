/**
 * The what-if of the action form: each payer's share as saved and as typed, costed by the shared
 * engine exactly as the server will cost it.
 */
import type { ActionCosting, CommuneFigures, CostingResult } from '@mutualis/domain/costing/types';
import type { SchemeAction } from '@mutualis/domain/scheme/action';
import { costScheme, type SchemeContext } from '@mutualis/domain/scheme/to-costing';

export interface PayerShare {
  firstYearCents: number;
  totalCents: number;
  /** The engine's French explanation of the first year's share. */
  explanation: string;
}

export interface PreviewRow {
  /** 'EPCI' or an INSEE code. */
  key: string;
  label: string;
  before: PayerShare | null;
  after: PayerShare | null;
  /** The commune's saving over the mandate with the action as typed (status quo − share). */
  savingAfterCents: number | null;
}

export type ActionCost =
  | {
      ok: true;
      costing: ActionCosting | null;
      /** Each participant's figures over the mandate for this action alone. */
      communes: Map<string, CommuneFigures>;
      result: CostingResult;
    }
  | { ok: false; message: string };

/** One action costed alone (actions never depend on each other): its shares, or why it cannot be costed. */
export function costAction(context: SchemeContext, action: SchemeAction): ActionCost {
  const { result, problems } = costScheme(context, [action]);
  if (problems.length > 0) return { ok: false, message: problems.map((p) => p.message).join(' ') };
  const participants = new Set(action.participants.map((p) => p.insee));
  const communes = new Map(result.communes.filter((c) => participants.has(c.insee)).map((c) => [c.insee, c.mandate]));
  return { ok: true, costing: result.actions[0] ?? null, communes, result };
}

function sharesByPayer(costing: ActionCosting | null): Map<string, PayerShare> {
  const shares = new Map<string, PayerShare>();
  for (const year of costing?.years ?? []) {
    for (const share of year.shares) {
      const key = share.payer.kind === 'EPCI' ? 'EPCI' : share.payer.insee;
      const known = shares.get(key);
      if (known) known.totalCents += share.cents;
      else shares.set(key, { firstYearCents: share.cents, totalCents: share.cents, explanation: share.explanation });
    }
  }
  return shares;
}

/** The EPCI first, then every commune taking part before or after, in the EPCI's commune order. */
export function previewRows(before: ActionCost | null, after: ActionCost & { ok: true }, communes: readonly { insee: string; name: string }[]): PreviewRow[] {
  const was = sharesByPayer(before?.ok ? before.costing : null);
  const is = sharesByPayer(after.costing);
  const rows: PreviewRow[] = [{ key: 'EPCI', label: 'Intercommunalité', before: was.get('EPCI') ?? null, after: is.get('EPCI') ?? null, savingAfterCents: null }];
  for (const commune of communes) {
    if (!was.has(commune.insee) && !is.has(commune.insee)) continue;
    rows.push({
      key: commune.insee,
      label: commune.name,
      before: was.get(commune.insee) ?? null,
      after: is.get(commune.insee) ?? null,
      savingAfterCents: after.communes.get(commune.insee)?.savingCents ?? null,
    });
  }
  return rows;
}
