import { Button } from '@gouvfr-lasuite/cunningham-react';
import { useNavigate } from 'react-router';
import { SelectField } from '../../../shared/forms/fields';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { useForm } from '../../../shared/forms/useForm';
import { DRAFT_CHOICE_LABEL, versionChoiceLabel, type VersionSummary } from '../model/versions';
import { comparePath, DRAFT } from '../paths';

interface ComparePickerProps {
  epciId: string;
  schemeId: string;
  versions: readonly VersionSummary[];
  fromId: string;
  /** A version's id, or DRAFT for the draft as it is now. */
  toId: string;
}

/** Any version compared with another or with the current draft, chosen with two labelled lists; the comparison opens on its own address. */
export function ComparePicker({ epciId, schemeId, versions, fromId, toId }: ComparePickerProps) {
  const navigate = useNavigate();
  const options = versions.map((v) => ({ value: v.id, label: versionChoiceLabel(v) }));
  const form = useForm({
    initialValues: { from: fromId, to: toId },
    validate: (values) => ({ to: values.from === values.to ? 'Choisissez deux versions différentes.' : undefined }),
    onSubmit: async (values) => navigate(comparePath(epciId, schemeId, values.from, values.to)),
  });
  return (
    <form className="compare-picker" onSubmit={form.handleSubmit} noValidate aria-label="Choisir les versions à comparer">
      <FormErrors errors={form.errors} />
      <div className="inline-fields">
        <SelectField {...form.field('from')} label="De la version" options={options} />
        <SelectField {...form.field('to')} label="À la version" options={[{ value: DRAFT, label: DRAFT_CHOICE_LABEL }, ...options]} />
      </div>
      <Button type="submit" variant="bordered" color="neutral">
        Comparer
      </Button>
    </form>
  );
}
