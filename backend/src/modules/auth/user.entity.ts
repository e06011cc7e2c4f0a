import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Stored lower-cased: one account per address. */
  @Column() email: string;
  @Column() name: string;
  @Column({ name: 'password_hash', select: false }) passwordHash: string;
  /** The body hosting Mutualis for several EPCI (e.g. an OPSN): imports EPCI, appoints their administrators. */
  @Column({ name: 'is_operator' }) isOperator: boolean;
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true }) disabledAt: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
