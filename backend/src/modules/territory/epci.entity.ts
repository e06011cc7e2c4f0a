import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EpciKind, TaxRegime } from '../../domain/territory/epci.js';

/** An EPCI à fiscalité propre, as imported from the official data. */
@Entity('epci')
export class Epci {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'char', length: 9 }) siren: string;
  @Column() name: string;
  @Column({ type: 'text' }) kind: EpciKind;
  @Column({ name: 'tax_regime', type: 'text' }) taxRegime: TaxRegime;
  @Column({ name: 'population_municipale' }) populationMunicipale: number;
  @Column({ name: 'population_totale' }) populationTotale: number;
  /** Which release of the official data the figures come from. */
  @Column({ name: 'official_source' }) officialSource: string;
  @Column({ name: 'imported_at', type: 'timestamptz' }) importedAt: Date;
  @Column({ name: 'official_data_updated_at', type: 'timestamptz' }) officialDataUpdatedAt: Date;
  /** SIREN + the NIC its administrator entered: how open data names the EPCI's deliberations. */
  @Column({ type: 'char', length: 14, nullable: true }) siret: string | null;
}
