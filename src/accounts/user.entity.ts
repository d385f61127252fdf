import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Language, Role } from '../common/enums';

/** A person who signs in. CLIENT users have no email or password: they sign in with access codes. */
@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  clientId: string | null;

  @Column({ type: 'varchar', length: 2, default: Language.EN })
  preferredLanguage: Language;

  /** Notification settings: which mails of the workflow the user gets (all on by default). */
  @Column({ type: 'boolean', default: true })
  notifyProposals: boolean;

  @Column({ type: 'boolean', default: true })
  notifyIntroductions: boolean;

  @Column({ type: 'boolean', default: true })
  notifyOfferAnswers: boolean;

  @Column({ type: 'boolean', default: true })
  notifyReminders: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
