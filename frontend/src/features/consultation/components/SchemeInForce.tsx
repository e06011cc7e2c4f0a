import { useMutation } from '@apollo/client/react';
import { Button } from '@gouvfr-lasuite/cunningham-react';
import { formatFrenchDate } from '@mutualis/domain/consultation/dates';
import { siretOf } from '@mutualis/domain/consultation/siret';
import { useState } from 'react';
import { Link } from 'react-router';
import { TextField } from '../../../shared/forms/fields';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { useForm } from '../../../shared/forms/useForm';
import { Loading } from '../../../shared/ui/Loading';
import { SuccessMessage } from '../../../shared/ui/Notice';
import { QueryFailure } from '../../../shared/ui/QueryFailure';
import { TableScroll } from '../../schemes/components/TableScroll';
import { versionPath } from '../../versions/paths';
import { SetEpciSiretMutation } from '../graphql/consultation';
import { useConsultationAccess } from '../hooks/useConsultationAccess';
import { useSchemeInForce } from '../hooks/useConsultations';
import { deliberationText, problemOf, type Decision } from '../model/consultation';
import { DecisionFacts } from './DecisionFacts';
import { DocumentLink } from './DocumentLink';

/**
 * On the EPCI's page: the scheme in force (the latest adoption not superseded) with its deliberation,
 * and the history of the council's decisions; the administrator enters the EPCI's SIRET here, once.
 */
export function SchemeInForce({ epciId }: { epciId: string }) {
  const access = useConsultationAccess(epciId);
  const { inForce, decisions, epci, error } = useSchemeInForce(epciId);
  if (error) return <QueryFailure error={error} />;
  if (!decisions || !epci) return <Loading />;
  // Versions are read on the scheme's pages, which the communes' reviewers do not open.
  const linkOf = (decision: Decision) =>
    access.canReadBoard ? <Link to={versionPath(epciId, decision.schemeId, decision.versionId)}>version {decision.versionNumber}</Link> : `version ${decision.versionNumber}`;

  return (
    <section aria-labelledby="in-force-title">
      <h2 id="in-force-title">Schéma en vigueur</h2>
      {inForce ? (
        <>
          <p>
            « {inForce.schemeTitle} », {linkOf(inForce)}, adopté par le conseil communautaire (délibération{' '}
            {deliberationText(inForce.deliberationNumber, inForce.deliberationDate)}).
          </p>
          <DecisionFacts decision={inForce} />
        </>
      ) : (
        <p>Aucun schéma adopté pour l’instant.</p>
      )}
      {decisions.length > 0 && (
        <TableScroll label="Délibérations du conseil communautaire">
          <table className="data-table data-table--compact">
            <caption>Délibérations du conseil communautaire sur le schéma, la plus récente d’abord</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Décision</th>
                <th scope="col">Délibération</th>
                <th scope="col">Depuis</th>
                <th scope="col">Document</th>
              </tr>
            </thead>
            <tbody>
              {decisions.map((decision) => (
                <tr key={decision.id}>
                  <th scope="row">
                    « {decision.schemeTitle} », {linkOf(decision)}
                  </th>
                  <td>{decisionState(decision)}</td>
                  <td>{deliberationText(decision.deliberationNumber, decision.deliberationDate)}</td>
                  <td>
                    {decision.supersededByVersionNumber
                      ? `Remplacée par la version ${decision.supersededByVersionNumber}${decision.supersededOn ? ` le ${formatFrenchDate(decision.supersededOn)}` : ''}`
                      : '—'}
                  </td>
                  <td>{decision.document ? <DocumentLink document={decision.document} label={`Délibération, version ${decision.versionNumber} (PDF)`} /> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <EpciSiret epciId={epciId} siren={epci.siren} siret={epci.siret ?? null} editable={access.canSetSiret} />
    </section>
  );
}

function decisionState(decision: Decision): string {
  if (decision.kind === 'REJECTION') return 'Rejetée';
  return decision.supersededByVersionNumber ? 'Adoptée, remplacée' : 'Adoptée, en vigueur';
}

interface EpciSiretProps {
  epciId: string;
  siren: string;
  siret: string | null;
  editable: boolean;
}

/** The SIRET the open-data file of deliberations names the EPCI by: its SIREN is known, the administrator enters the NIC. */
function EpciSiret({ epciId, siren, siret, editable }: EpciSiretProps) {
  const [setSiret] = useMutation(SetEpciSiretMutation);
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<string>();
  const form = useForm({
    initialValues: { nic: siret ? siret.slice(9) : '' },
    validate: (values) => ({ nic: problemOf(() => siretOf(siren, values.nic)) }),
    onSubmit: async (values) => {
      const { data } = await setSiret({ variables: { epciId, nic: values.nic.trim() } });
      setEditing(false);
      setDone(`Le SIRET de l’intercommunalité est enregistré : ${data!.setEpciSiret}.`);
    },
  });
  return (
    <>
      <p>
        SIRET de l’intercommunalité, pour la publication des délibérations en open data : {siret ?? 'non renseigné'}
        {!siret && !editable && ' (à saisir par l’administrateur de l’intercommunalité)'}.
      </p>
      <SuccessMessage>{done}</SuccessMessage>
      {editable &&
        (editing ? (
          <form className="form form--inline" onSubmit={form.handleSubmit} noValidate aria-busy={form.busy}>
            <FormErrors errors={form.errors} />
            <TextField
              {...form.field('nic')}
              label="NIC de l’intercommunalité"
              hint={`Les 5 derniers chiffres du SIRET, après le SIREN ${siren}.`}
              inputMode="numeric"
              maxLength={5}
              required
            />
            <Button type="submit" size="small" aria-disabled={form.busy}>
              Enregistrer le SIRET
            </Button>
          </form>
        ) : (
          <Button size="small" color="neutral" variant="bordered" onClick={() => setEditing(true)}>
            {siret ? 'Corriger le SIRET' : 'Saisir le SIRET'}
          </Button>
        ))}
    </>
  );
}
