import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Language } from '../common/enums';

/**
 * A person a service provider serves. The row holds no identity (that is `client_identity`, encrypted) and the
 * current consent; every consent change is also in `consent_event`.
 */
@Entity('client')
export class ClientEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  serviceProviderId: string;

  @Column({ type: 'varchar', length: 2 })
  preferredLanguage: Language;

  @Column({ type: 'boolean' })
  shareWithEmployers: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  consentChangedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
