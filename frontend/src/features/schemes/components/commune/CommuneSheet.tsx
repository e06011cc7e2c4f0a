import { Button } from '@gouvfr-lasuite/cunningham-react';
import type { ActionCosting, CommuneCosting } from '@mutualis/domain/costing/types';
import type { SchemeAction } from '@mutualis/domain/scheme/action';
import type { ActionProblem, SchemeContext } from '@mutualis/domain/scheme/to-costing';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../../../../shared/ui/PageHeading';
import { NotFound } from '../../../../shared/ui/StatusPages';
import { CommuneActions } from './CommuneActions';
import { CommuneFigures } from './CommuneFigures';

interface CommuneSheetProps {
  insee: string;
  /** The commune year by year; null when it is not a member of the scheme's EPCI. */
  commune: CommuneCosting | null;
  /** Where the breadcrumb leads back to: the draft, or the version the sheet was opened from. */
  back: { to: string; label: string };
  /** Which scheme, draft or version, and as of when. */
  meta: ReactNode;
  /** The sheet as office files. */
  downloads: ReactNode;
  actions: readonly SchemeAction[];
  problems: readonly ActionProblem[];
  /** The actions' costing, with at least this commune's shares. */
  shares: readonly ActionCosting[];
  context: SchemeContext;
}

/** Everything a scheme means for one commune, laid out to be printed for its council; the same for the draft and a frozen version. */
export function CommuneSheet({ insee, commune, back, meta, downloads, actions, problems, shares, context }: CommuneSheetProps) {
  if (!commune) return <NotFound />;
  return (
    <article className="commune-sheet">
      <p className="breadcrumb no-print">
        <Link to={back.to}>{back.label}</Link>
      </p>
      <PageHeading>{`Fiche commune : ${commune.name}`}</PageHeading>
      <p className="scheme-header__meta">{meta}</p>
      <p className="no-print">
        <Button type="button" variant="bordered" color="neutral" onClick={() => window.print()}>
          Imprimer la fiche
        </Button>
      </p>
      {downloads}
      <section aria-labelledby="sheet-figures">
        <h2 id="sheet-figures">Chiffrage pour la commune</h2>
        <CommuneFigures commune={commune} />
      </section>
      <section aria-labelledby="sheet-actions">
        <h2 id="sheet-actions">Actions</h2>
        <CommuneActions actions={actions} problems={problems} shares={shares} context={context} insee={insee} communeName={commune.name} />
      </section>
    </article>
  );
}
