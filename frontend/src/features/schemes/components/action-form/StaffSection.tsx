import { FigureField, FormSection } from './controls';
import { useActionForm } from './formContext';

/** The EPCI's side of the staff statement; the communes' ETP are typed in the participants table. */
export function StaffSection() {
  const { editor, idOf, problemsIn, edit } = useActionForm();
  return (
    <FormSection id={idOf('epciEtpGained')} legend="Effectifs" problems={problemsIn('epciEtpGained')}>
      <FigureField
        id={idOf('epci-etp')}
        label="ETP gagnés par l’intercommunalité (facultatif)"
        hint="Agents recrutés ou reçus des communes pendant l’action ; les ETP transférés par chaque commune se saisissent dans le tableau des communes."
        value={editor.draft.epciEtpGained}
        onChange={(value) => edit('epciEtpGained', value)}
      />
    </FormSection>
  );
}
