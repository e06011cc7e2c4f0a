import { Button } from '@gouvfr-lasuite/cunningham-react';
import type { ActionKind } from '@mutualis/domain/costing/types';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { FormErrors } from '../../../../shared/forms/FormErrors';
import type { FormError } from '../../../../shared/forms/useForm';
import { useUnsavedChangesWarning } from '../../../../shared/hooks/useUnsavedChangesWarning';
import { Notice } from '../../../../shared/ui/Notice';
import { costingOf, type Scheme } from '../../hooks/useScheme';
import { useActionEditor, type SaveOutcome } from '../../hooks/useActionEditor';
import type { ActionDraft, DetailsDraft } from '../../model/actionDraft';
import { KIND_FORMS } from '../../model/kinds';
import type { ContextEpci } from '../../model/schemeContext';
import { schemePath, type SchemePageState } from '../../paths';
import { AllocationSection } from './AllocationSection';
import { FocusLink } from '../../../../shared/ui/FocusLink';
import { ConflictPanel } from './ConflictPanel';
import { CostLinesSection } from './CostLinesSection';
import { legendIdOf } from './controls';
import { DetailsSection } from './details/DetailsSection';
import { ActionFormContext, sectionOf, type ActionFormContextValue } from './formContext';
import { GeneralSection } from './GeneralSection';
import { ParticipantsSection } from './ParticipantsSection';
import { SharePreview } from './SharePreview';
import { StaffSection } from './StaffSection';
import { StatusQuoSection } from './StatusQuoSection';

interface ActionFormProps {
  scheme: Scheme;
  epci: ContextEpci;
  actionId: string | null;
  kind: ActionKind;
  /** Shown to those who read the draft without editing it: every control disabled, nothing to save. */
  readOnly: boolean;
  reload: () => Promise<Scheme | undefined>;
}

/**
 * One form for every kind of action: the common fields, the kind's own section, and the live
 * preview, beside the form on wide screens; links at the top lead to each section.
 */
export function ActionForm({ scheme, epci, actionId, kind, readOnly, reload }: ActionFormProps) {
  const editor = useActionEditor({ scheme, epci, actionId, kind, reload });
  const prefix = useId();
  const navigate = useNavigate();
  const [summary, setSummary] = useState<FormError[]>([]);
  const back = schemePath(scheme.epciId, scheme.id);
  // The input as opened, to tell whether leaving would lose anything; once saved, nothing is lost.
  const [opened] = useState(() => JSON.stringify(editor.draft));
  const [saved, setSaved] = useState<SchemePageState>();
  useUnsavedChangesWarning(!readOnly && !saved && JSON.stringify(editor.draft) !== opened);
  // Back to the scheme once the warning knows the input is saved.
  useEffect(() => {
    if (saved) navigate(back, { state: saved });
  }, [saved, navigate, back]);

  const context: ActionFormContextValue = {
    editor,
    readOnly,
    idOf: (section) => `${prefix}-${section.replace(/\./g, '-')}`,
    problemsIn: (section) => editor.problems.filter((p) => sectionOf(p.field) === section).map((p) => p.message),
    edit: <K extends keyof ActionDraft>(key: K, value: ActionDraft[K]) => editor.update((current) => ({ ...current, [key]: value })),
    editDetails: (change: Partial<DetailsDraft>) => editor.update((current) => ({ ...current, details: { ...current.details, ...change } })),
  };

  function summaryOf(outcome: SaveOutcome & { saved: false }): FormError[] {
    const listed = outcome.problems.map((p) => {
      const section = sectionOf(p.field);
      return section ? { fieldId: context.idOf(section), message: p.message } : { message: p.message };
    });
    return outcome.failure ? [...listed, { message: outcome.failure }] : listed;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    // With a colleague's newer version pending, the input must first be re-applied on top of it.
    if (editor.conflict) return;
    const outcome = await editor.save();
    if (outcome.saved) {
      setSaved({ saved: `L’action « ${outcome.title} » a été enregistrée.` });
    } else {
      setSummary(summaryOf(outcome));
    }
  }

  const form = KIND_FORMS[editor.draft.kind];
  const schemeTotal = costingOf(scheme).totals.mandate.totalCents;
  // The participants table, one row per commune, comes after the key: the short sections first.
  const sections = (
    <>
      <GeneralSection mandate={scheme.mandate} />
      <DetailsSection epciId={scheme.epciId} />
      {form.statusQuo && <StatusQuoSection />}
      <CostLinesSection />
      {form.enteredRule && <AllocationSection />}
      <ParticipantsSection />
      {form.staff && <StaffSection />}
    </>
  );
  const jumps: JumpTarget[] = [
    { label: 'Général', targetId: legendIdOf(context.idOf('general')) },
    { label: 'Précisions', targetId: legendIdOf(context.idOf('details')) },
    ...(form.statusQuo ? [{ label: 'Situation actuelle', targetId: legendIdOf(context.idOf('statusQuo')) }] : []),
    { label: 'Coûts', targetId: legendIdOf(context.idOf('costLines')) },
    ...(form.enteredRule ? [{ label: 'Clé de répartition', targetId: legendIdOf(context.idOf('allocation')) }] : []),
    { label: 'Participants', targetId: legendIdOf(context.idOf('participants')) },
    ...(form.staff ? [{ label: 'Personnel', targetId: legendIdOf(context.idOf('epciEtpGained')) }] : []),
    { label: 'Aperçu', targetId: context.idOf('preview') },
  ];
  const preview = <SharePreview schemeTotalCents={schemeTotal} headingId={context.idOf('preview')} />;
  if (readOnly) {
    return (
      <ActionFormContext.Provider value={context}>
        <div className="action-layout">
          <div className="action-layout__main">
            <Notice type="info">Vous consultez cette action en lecture seule : seuls les rédacteurs de l’intercommunalité la modifient.</Notice>
            <JumpLinks targets={jumps} />
            <div className="action-form">
              {sections}
              <p>
                <Link to={back}>Revenir au schéma</Link>
              </p>
            </div>
          </div>
          {preview}
        </div>
      </ActionFormContext.Provider>
    );
  }
  return (
    <ActionFormContext.Provider value={context}>
      <div className="action-layout">
        <div className="action-layout__main">
          {editor.conflict && <ConflictPanel conflict={editor.conflict} />}
          {editor.reapplied && <ReappliedNotice overlapping={editor.reapplied} />}
          <JumpLinks targets={jumps} />
          <form className="action-form" onSubmit={submit} noValidate aria-busy={editor.busy}>
            <FormErrors errors={summary} />
            {sections}
            <div className="form-actions">
              <Button type="submit" aria-disabled={editor.busy || editor.conflict !== null}>
                {editor.busy ? 'Enregistrement…' : 'Enregistrer l’action'}
              </Button>
              <Link to={back}>Annuler et revenir au schéma</Link>
            </div>
          </form>
        </div>
        {preview}
      </div>
    </ActionFormContext.Provider>
  );
}

interface JumpTarget {
  label: string;
  targetId: string;
}

/** A few Tab presses to any section, instead of a hundred through the communes' rows. */
function JumpLinks({ targets }: { targets: readonly JumpTarget[] }) {
  return (
    <nav className="jump-links" aria-label="Sections de l’action">
      <span className="jump-links__intro" aria-hidden="true">
        Aller à :
      </span>
      <ul>
        {targets.map(({ label, targetId }) => (
          <li key={targetId}>
            <FocusLink targetId={targetId}>{label}</FocusLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Replaces the conflict panel, and takes the focus its button had. */
function ReappliedNotice({ overlapping }: { overlapping: string[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1}>
      <Notice type="info">
        Votre saisie a été reportée sur la dernière version du schéma. Vérifiez-la, puis enregistrez.
        {overlapping.length > 0 && ` Vous aviez tous deux modifié : ${overlapping.join(', ')} ; c’est votre saisie qui est retenue.`}
      </Notice>
    </div>
  );
}
