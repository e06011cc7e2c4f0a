import type { CostingSummary } from '@mutualis/domain/costing/summary';
import { useMemo } from 'react';
import { definitionOf, type SchemeActionRow } from './useScheme';

/**
 * What the action cards and the costing views look up, for a draft or a frozen version alike:
 * a commune's name, an action's position, and the communes taking part in at least one action.
 */
export function useCostingLookups(actions: readonly SchemeActionRow[] | undefined, costing: CostingSummary | undefined) {
  const nameOf = useMemo(() => {
    const names = new Map(costing?.communes.map((c) => [c.insee, c.name]));
    return (insee: string) => names.get(insee) ?? insee;
  }, [costing]);
  const positions = useMemo(() => new Map(actions?.map((a) => [a.id, a.position])), [actions]);
  const concerned = useMemo(() => new Set(actions?.flatMap((a) => definitionOf(a).participants.map((p) => p.insee))), [actions]);
  return { nameOf, positions, concerned };
}
