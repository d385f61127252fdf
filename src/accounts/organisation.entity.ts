import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationKind } from '../common/enums';

@Entity('organisation')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  kind: OrganisationKind;

  @Column({ type: 'varchar', length: 9, nullable: true })
  businessId: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  municipalityCode: string | null;

  /** Employers: when an ADMIN verified the organisation; null while unverified (it then sees no candidate). */
  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
