import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../../domain/access/permissions.js';

/** A user's role inside one EPCI. */
@Entity('membership')
export class Membership {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ name: 'epci_id', type: 'uuid' }) epciId: string;
  @Column({ type: 'text' }) role: Role;
  /** The commune a REVIEWER speaks for; null for every other role. */
  @Column({ name: 'commune_id', type: 'uuid', nullable: true }) communeId: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
