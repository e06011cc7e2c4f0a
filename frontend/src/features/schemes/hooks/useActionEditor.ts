import type { ActionKind } from '@mutualis/domain/costing/types';
import { checkAction } from '@mutualis/domain/scheme/check-action';
import { actionInputOf, type SchemeAction } from '@mutualis/domain/scheme/action';
import { useMemo, useState } from 'react';
import { apiErrorMessage } from '../../../shared/graphql/errors';
import { conflictOf, fieldProblemsOf, type SchemeConflict } from '../apiErrors';
import { draftFromAction, emptyDraft, type ActionDraft } from '../model/actionDraft';
import { mergeDrafts } from '../model/mergeDrafts';
import { readDraft, type DraftEnvironment, type FieldProblem } from '../model/readDraft';
import { communeRefsOf, schemeContextOf, type ContextEpci } from '../model/schemeContext';
import { definitionOf, type Scheme } from './useScheme';
import { useSchemeChanges } from './useSchemeChanges';

/** A save refused because a colleague saved first: their version of the action, kept beside the user's input. */
export interface ActionConflict extends SchemeConflict {
  /** The action as it now is; null when the colleague removed it. */
  theirs: SchemeAction | null;
  latest: Scheme;
}

interface ActionEditorOptions {
  scheme: Scheme;
  epci: ContextEpci;
  /** Null for a new action. */
  actionId: string | null;
  kind: ActionKind;
  /** Reads the scheme's latest revision from the server. */
  reload: () => Promise<Scheme | undefined>;
}

/** A refused save says what to list in the error summary; a conflict has its own panel. */
export type SaveOutcome = { saved: true; title: string } | { saved: false; problems: FieldProblem[]; failure?: string };

/**
 * The action form's state and behaviour: the typed draft, its reading into a SchemeAction, the
 * shared checks, the save from the revision the form was opened on, and — when a colleague saved
 * in between — their version and the re-application of the user's input on top of it.
 */
export function useActionEditor({ scheme, epci, actionId, kind, reload }: ActionEditorOptions) {
  const changes = useSchemeChanges(scheme.id);
  const firstMetric = epci.usageMetrics[0]?.key ?? '';
  // What the form was opened on: the action as saved (null when new) and the scheme's revision.
  const [base, setBase] = useState(() => {
    const opened = actionId ? scheme.actions.find((a) => a.id === actionId) : undefined;
    return { action: opened ? definitionOf(opened) : null, revision: scheme.revision };
  });
  const [draft, setDraft] = useState<ActionDraft>(() =>
    base.action ? draftFromAction(base.action, scheme.mandate, firstMetric) : emptyDraft(kind, scheme.mandate, firstMetric),
  );
  const [attempted, setAttempted] = useState(false);
  const [serverProblems, setServerProblems] = useState<FieldProblem[]>([]);
  const [conflict, setConflict] = useState<ActionConflict | null>(null);
  const [reapplied, setReapplied] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);

  const env = useMemo<DraftEnvironment>(
    () => ({ communes: communeRefsOf(epci), taxRegime: epci.taxRegime, opsns: epci.opsns, metrics: epci.usageMetrics }),
    [epci],
  );
  const context = useMemo(() => schemeContextOf(epci, scheme.mandate), [epci, scheme.mandate]);
  const id = base.action?.id ?? 'nouvelle-action';

  const reading = useMemo(() => {
    const read = readDraft(draft, id, env);
    // A field whose figure cannot be read is reported once, not again by the checks of its zero.
    const unreadable = new Set(read.problems.map((p) => p.field));
    const checked = checkAction(read.action, context).filter((p) => !unreadable.has(p.field));
    const problems: FieldProblem[] = [...read.problems, ...checked];
    const readable = read.readable ? read.action : null;
    return { action: problems.length === 0 ? read.action : null, readable, problems };
  }, [draft, id, env, context]);

  /** Before the first save only what cannot be read is flagged; afterwards every problem, live. */
  const problems = attempted ? [...reading.problems, ...serverProblems] : reading.problems.filter((p) => p.unreadable);

  function update(change: (current: ActionDraft) => ActionDraft) {
    setDraft(change);
    setServerProblems([]);
  }

  async function save(): Promise<SaveOutcome> {
    setAttempted(true);
    setServerProblems([]);
    if (busy) return { saved: false, problems: [] };
    if (!reading.action) return { saved: false, problems: reading.problems };
    setBusy(true);
    try {
      const input = actionInputOf(reading.action);
      if (base.action) await changes.updateAction(base.action.id, base.revision, input);
      else await changes.addAction(base.revision, input);
      return { saved: true, title: reading.action.title };
    } catch (error) {
      const refused = conflictOf(error);
      const latest = refused ? await reload() : undefined;
      if (refused && latest) {
        const theirs = base.action ? latest.actions.find((a) => a.id === base.action!.id) : undefined;
        setConflict({ ...refused, theirs: theirs ? definitionOf(theirs) : null, latest });
        return { saved: false, problems: [] };
      }
      const fields = fieldProblemsOf(error);
      setServerProblems(fields);
      return fields.length > 0 ? { saved: false, problems: fields } : { saved: false, problems: [], failure: apiErrorMessage(error) };
    } finally {
      setBusy(false);
    }
  }

  /**
   * The user's input on top of the latest revision: what they changed since opening the form wins,
   * the rest is the colleague's version. A removed action is added back as a new one. Computed
   * while the conflict shows, so the panel can show the result before the user re-applies.
   */
  const reapplication = useMemo(() => {
    if (!conflict) return null;
    if (!base.action || !conflict.theirs) return { draft, overlapping: [], action: reading.readable };
    const merged = mergeDrafts(draftFromAction(base.action, scheme.mandate, firstMetric), draft, draftFromAction(conflict.theirs, scheme.mandate, firstMetric));
    const read = readDraft(merged.draft, id, env);
    return { ...merged, action: read.readable ? read.action : null };
  }, [conflict, base.action, draft, reading.readable, scheme.mandate, firstMetric, id, env]);

  function reapply() {
    if (!conflict || !reapplication) return;
    setDraft(reapplication.draft);
    setReapplied(reapplication.overlapping);
    setBase({ action: conflict.theirs, revision: conflict.latest.revision });
    setConflict(null);
  }

  return {
    draft,
    update,
    env,
    context,
    isNew: base.action === null,
    savedAction: base.action,
    reading,
    problems,
    conflict,
    reapplication,
    reapplied,
    busy,
    save,
    reapply,
  };
}

export type ActionEditor = ReturnType<typeof useActionEditor>;
