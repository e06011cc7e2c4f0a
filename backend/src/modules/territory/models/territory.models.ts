import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EPCI_KINDS, TAX_REGIMES, type EpciKind, type TaxRegime } from '../../../domain/territory/epci.js';
import { enumOf } from '../../../common/graphql-enum.js';

export const EpciKindEnum = enumOf(EPCI_KINDS);
export const TaxRegimeEnum = enumOf(TAX_REGIMES);
registerEnumType(EpciKindEnum, { name: 'EpciKind', description: 'CC, CA, CU or MET' });
registerEnumType(TaxRegimeEnum, { name: 'TaxRegime', description: 'FPU (fiscalité professionnelle unique) or FA (fiscalité additionnelle)' });

@ObjectType('Commune', { description: 'A member commune' })
export class CommuneModel {
  @Field(() => ID) id: string;
  @Field({ description: 'Code officiel géographique (5 characters, Corsica included)' }) inseeCode: string;
  @Field() siren: string;
  @Field(() => String, { nullable: true, description: 'Known once entered with its first opinion' }) siret: string | null;
  @Field() name: string;
  @Field(() => Int) populationMunicipale: number;
  @Field(() => Int) populationTotale: number;
}

@ObjectType('Epci', { description: 'An EPCI à fiscalité propre' })
export class EpciModel {
  @Field(() => ID) id: string;
  @Field() siren: string;
  @Field(() => String, { nullable: true, description: 'Entered once by an administrator (NIC), for open data' }) siret: string | null;
  @Field() name: string;
  @Field(() => EpciKindEnum) kind: EpciKind;
  @Field(() => TaxRegimeEnum) taxRegime: TaxRegime;
  @Field(() => Int) populationMunicipale: number;
  @Field(() => Int) populationTotale: number;
  @Field({ description: 'Release of the official data the figures come from' }) officialSource: string;
  @Field() importedAt: Date;
}

@ObjectType('CatalogueEntry', { description: 'An EPCI of the national list (official data), imported here or not' })
export class CatalogueEntryModel {
  @Field() siren: string;
  @Field() name: string;
  @Field(() => EpciKindEnum) kind: EpciKind;
  @Field(() => TaxRegimeEnum) taxRegime: TaxRegime;
  @Field(() => Int) populationMunicipale: number;
  @Field(() => Int) communeCount: number;
  @Field(() => [String], { description: 'Member communes the search matched' }) matchedCommunes: string[];
  @Field(() => ID, { nullable: true, description: 'Set when the EPCI is already imported' }) importedEpciId: string | null;
}

@ObjectType('CataloguePage')
export class CataloguePageModel {
  @Field(() => Int) total: number;
  @Field(() => [CatalogueEntryModel]) entries: CatalogueEntryModel[];
}
