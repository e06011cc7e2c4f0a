import type { ActionKind, TaxRegime } from '@mutualis/domain/costing/types';

/** Which parts of the action form each instrument uses. */
interface KindForm {
  /** The drafter sets the sharing rule (a key or a tariff); otherwise the kind sets it. */
  enteredRule: boolean;
  /** What each commune pays today; a group purchase derives it from each member's own needs. */
  statusQuo: boolean;
  /** Staff moves with the action: ETP transferred by the communes, ETP gained by the EPCI. */
  staff: boolean;
  /** Hint over the cost lines editor. */
  costLinesHint: string;
}

export const KIND_FORMS: Record<ActionKind, KindForm> = {
  SHARED_SERVICE: {
    enteredRule: true,
    statusQuo: true,
    staff: true,
    costLinesHint: 'Personnel (ETP × coût annuel chargé), dépenses de fonctionnement annuelles et investissements.',
  },
  SERVICE_PROVISION: {
    enteredRule: false,
    statusQuo: true,
    staff: true,
    costLinesHint: 'Le remboursement (coût unitaire × unités) est calculé ; ajoutez ici d’éventuels frais supplémentaires.',
  },
  GROUP_PURCHASE: {
    enteredRule: false,
    statusQuo: false,
    staff: false,
    costLinesHint: 'Les achats des membres sont calculés d’après les lots ; ajoutez ici les frais de procédure du coordonnateur.',
  },
  POOLED_DPO: {
    enteredRule: true,
    statusQuo: true,
    staff: true,
    costLinesHint: 'Avec un tarif de prestataire, aucune ligne n’est nécessaire ; avec un agent de l’intercommunalité, saisissez son coût.',
  },
  OPSN_MEMBERSHIP: {
    enteredRule: false,
    statusQuo: true,
    staff: false,
    costLinesHint: 'Les cotisations viennent du registre des OPSN ; ajoutez ici d’éventuels frais propres à l’intercommunalité.',
  },
  SHARED_ASSET: {
    enteredRule: true,
    statusQuo: true,
    staff: false,
    costLinesHint: 'L’acquisition et le fonctionnement sont saisis plus haut ; ajoutez ici d’autres dépenses.',
  },
};

/** Paying by deduction from the attribution de compensation: FPU EPCI, shared services only. */
export const acDeductionAllowed = (kind: ActionKind, taxRegime: TaxRegime) => taxRegime === 'FPU' && kind === 'SHARED_SERVICE';
