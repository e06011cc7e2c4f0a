import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A member commune (commune membre) of one EPCI. */
@Entity('commune')
export class Commune {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'epci_id', type: 'uuid' }) epciId: string;
  /** Code officiel géographique: 5 characters, Corsica included (2A004, 2B033). */
  @Column({ name: 'insee_code' }) inseeCode: string;
  @Column({ type: 'char', length: 9 }) siren: string;
  @Column() name: string;
  @Column({ name: 'population_municipale' }) populationMunicipale: number;
  @Column({ name: 'population_totale' }) populationTotale: number;
  /** False once the official data no longer lists the commune in this EPCI. */
  @Column({ name: 'is_member' }) isMember: boolean;
  /** Entered with the commune's first opinion in a consultation (SIREN + NIC). */
  @Column({ type: 'char', length: 14, nullable: true }) siret: string | null;
}
