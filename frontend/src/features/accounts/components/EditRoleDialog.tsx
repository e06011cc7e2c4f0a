import type { MemberFieldsFragment } from '../../../gql/graphql';
import type { SelectOption } from '../../../shared/forms/fields';
import { FormDialog } from '../../../shared/forms/FormDialog';
import { FormErrors } from '../../../shared/forms/FormErrors';
import { useForm } from '../../../shared/forms/useForm';
import type { RoleChoice } from '../hooks/useMemberActions';
import { checkRoleChoice, toRoleChoice } from '../roleChoice';
import { RoleFields } from './RoleFields';
import { ofName } from '@mutualis/domain/text';

interface EditRoleDialogProps {
  member: MemberFieldsFragment;
  communeOptions: readonly SelectOption[];
  onSave: (choice: RoleChoice) => Promise<unknown>;
  onClose: () => void;
}

export function EditRoleDialog({ member, communeOptions, onSave, onClose }: EditRoleDialogProps) {
  const form = useForm({
    initialValues: { role: member.role as string, communeId: member.commune?.id ?? '' },
    validate: checkRoleChoice,
    onSubmit: async (values) => {
      await onSave(toRoleChoice(values));
      onClose();
    },
  });

  return (
    <FormDialog
      title={`Modifier le rôle ${ofName(member.user.name)}`}
      submitLabel="Enregistrer"
      busy={form.busy}
      onSubmit={form.handleSubmit}
      onClose={onClose}
    >
      <FormErrors errors={form.errors} />
      <RoleFields role={form.field('role')} commune={form.field('communeId')} communeOptions={communeOptions} />
    </FormDialog>
  );
}
