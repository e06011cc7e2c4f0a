import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MetricValue')
export class MetricValueModel {
  @Field({ description: 'Key of the usage metric' }) key: string;
  @Field({ description: 'Exact decimal, dot-separated' }) value: string;
}

@ObjectType('CommuneProfile', { description: "The figures a commune's cost keys are computed from, each with its reference year" })
export class CommuneProfileModel {
  @Field(() => Int, { nullable: true }) populationDgf: number | null;
  @Field(() => Int, { nullable: true }) populationDgfYear: number | null;
  @Field({ description: 'A population DGF below the population totale was confirmed as right' }) dgfBelowTotalConfirmed: boolean;
  @Field(() => String, { nullable: true, description: 'Agents in ETP, exact decimal, dot-separated' }) agentsEtp: string | null;
  @Field(() => Int, { nullable: true }) agentsYear: number | null;
  @Field(() => Int, { nullable: true }) workstations: number | null;
  @Field(() => Int, { nullable: true }) phones: number | null;
  @Field(() => Int, { nullable: true }) tablets: number | null;
  @Field(() => Int, { nullable: true }) devicesYear: number | null;
  @Field(() => Float, { nullable: true, description: 'Integer cents' }) potentielFinancierCents: number | null;
  @Field(() => Int, { nullable: true }) potentielFinancierYear: number | null;
  @Field(() => [MetricValueModel]) metrics: MetricValueModel[];
  @Field(() => Int, { description: 'Changes with every save; 0 until a figure is entered' }) revision: number;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
}

@ObjectType('UsageMetric', { description: 'A usage figure the EPCI defines and fills in for each commune (métrique d’usage)' })
export class UsageMetricModel {
  @Field(() => ID) id: string;
  @Field({ description: 'Stable key that cost keys refer to' }) key: string;
  @Field({ description: 'Plural French name, e.g. "dossiers ADS par an"' }) label: string;
  @Field(() => Int, { nullable: true }) referenceYear: number | null;
}

@ObjectType('ProfileChange', { description: 'One figure an import would change, as the table shows it' })
export class ProfileChangeModel {
  @Field() inseeCode: string;
  @Field() communeName: string;
  @Field() field: string;
  @Field() fieldLabel: string;
  @Field() before: string;
  @Field() after: string;
}

@ObjectType('ImportProblem')
export class ImportProblemModel {
  @Field(() => Int) line: number;
  @Field() message: string;
}

@ObjectType('ProfilesImportPreview')
export class ProfilesImportPreviewModel {
  @Field(() => Int) rowsRead: number;
  @Field(() => [ProfileChangeModel]) changes: ProfileChangeModel[];
  @Field(() => Int) communesChanged: number;
  @Field(() => [ImportProblemModel], { description: 'When there is any, the file is refused as a whole' }) problems: ImportProblemModel[];
  @Field({ description: 'Pass it back to importProfiles: the import applies exactly these changes or none' }) digest: string;
}
