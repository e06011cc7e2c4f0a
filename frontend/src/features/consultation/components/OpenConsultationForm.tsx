import { Button } from '@gouvfr-lasuite/cunningham-react';
import { isIsoDate, formatFrenchDate, parisDate } from '@mutualis/domain/consultation/dates';
import { deadlineOf } from '@mutualis/domain/consultation/deadlines';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { DateField } from '../../../shared/forms/fields';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { useForm, type FieldErrors } from '../../../shared/forms/useForm';
import { TableScroll } from '../../schemes/components/TableScroll';
import { OpenConsultationMutation } from '../graphql/consultation';
import type { ConsultationSummary } from '../model/consultation';
import { ofName } from '@mutualis/domain/text';

interface Commune {
  id: string;
  inseeCode: string;
  name: string;
}

interface OpenConsultationFormProps {
  versionId: string;
  /** The version's freeze: no commune can have been notified of it earlier. */
  frozenAt: string;
  communes: readonly Commune[];
  onOpened: (consultation: ConsultationSummary) => void;
}

const DATE_MESSAGE = 'Saisissez une date valide, par exemple 15/01/2027.';

/**
 * Sends a version to every member commune's council. One notification date serves all by default;
 * a commune notified another day gets its own date, and each deadline follows from its date.
 */
export function OpenConsultationForm({ versionId, frozenAt, communes, onOpened }: OpenConsultationFormProps) {
  const [openConsultation] = useMutation(OpenConsultationMutation, { refetchQueries: ['Consultations', 'SchemeVersions', 'VersionLifecycle'] });
  const [dates, setDates] = useState<Record<string, string>>({});
  const frozenOn = parisDate(new Date(frozenAt));
  const form = useForm({
    initialValues: { notifiedOn: parisDate(new Date()) },
    validate: (values) => {
      const errors: FieldErrors = { notifiedOn: checkNotification(values.notifiedOn, frozenOn) };
      for (const commune of communes) {
        const own = dates[commune.id];
        if (own !== undefined) errors[`commune-${commune.id}`] = checkNotification(own, frozenOn, commune.name);
      }
      return errors;
    },
    onSubmit: async (values) => {
      const communeDates = Object.entries(dates)
        .filter(([, date]) => date !== values.notifiedOn)
        .map(([communeId, notifiedOn]) => ({ communeId, notifiedOn }));
      const { data } = await openConsultation({ variables: { input: { versionId, notifiedOn: values.notifiedOn, communeDates } } });
      onOpened(data!.openConsultation);
    },
  });
  const common = form.field('notifiedOn');
  const dateOf = (commune: Commune) => dates[commune.id] ?? form.values.notifiedOn;
  const ownDates = Object.keys(dates).length;

  return (
    <form className="form" onSubmit={form.handleSubmit} noValidate aria-busy={form.busy}>
      <FormErrors errors={form.errors} />
      <DateField
        {...common}
        label="Date de notification aux communes"
        hint="Le jour où le projet a été notifié aux conseils municipaux. Chaque commune a trois mois à compter de sa propre date pour rendre son avis."
        min={frozenOn}
        required
      />
      <TableScroll label="Notification de chaque commune">
        <table className="data-table data-table--compact">
          <caption>Date de notification et échéance de chaque commune ({communes.length} communes)</caption>
          <thead>
            <tr>
              <th scope="col">Commune</th>
              <th scope="col">Notifiée le</th>
              <th scope="col">Avis attendu au plus tard le</th>
            </tr>
          </thead>
          <tbody>
            {communes.map((commune) => {
              const date = dateOf(commune);
              const error = form.fieldErrors[`commune-${commune.id}`];
              return (
                <tr key={commune.id}>
                  <th scope="row">{commune.name}</th>
                  <td>
                    <input
                      id={form.fieldId(`commune-${commune.id}`)}
                      type="date"
                      className={error ? 'native-input native-select--error' : 'native-input'}
                      aria-label={`Date de notification ${ofName(commune.name)}`}
                      aria-invalid={error ? true : undefined}
                      min={frozenOn}
                      value={date}
                      onChange={(event) => setDates((current) => ({ ...current, [commune.id]: event.target.value }))}
                    />
                  </td>
                  <td>{isIsoDate(date) ? formatFrenchDate(deadlineOf(date)) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <div className="row-actions">
        {ownDates > 0 && (
          <Button type="button" color="neutral" variant="bordered" onClick={() => setDates({})}>
            Même date pour toutes les communes
          </Button>
        )}
        <Button type="submit" aria-disabled={form.busy}>
          {form.busy ? 'Envoi…' : 'Soumettre à la consultation'}
        </Button>
      </div>
    </form>
  );
}

function checkNotification(date: string, frozenOn: string, communeName?: string): string | undefined {
  const whose = communeName ? ` ${ofName(communeName)}` : '';
  if (!isIsoDate(date)) return `Date de notification${whose} : ${DATE_MESSAGE}`;
  if (date < frozenOn) return `La date de notification${whose} ne peut précéder le jour où la version a été figée, le ${formatFrenchDate(frozenOn)}.`;
  return undefined;
}
