import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A client's identity, apart from everything else (GDPR Art. 9 adjacent). Ciphertexts only: IdentityService
 * seals each column with AES-256-GCM, the associated data naming the client and the column.
 */
@Entity('client_identity')
export class ClientIdentityEntity {
  @PrimaryColumn({ type: 'uuid' })
  clientId: string;

  @Column({ type: 'bytea' })
  displayName: Buffer;

  @Column({ type: 'bytea', nullable: true })
  contactEmail: Buffer | null;

  /** false only for identities written before the name index, until the API's backfill has seen them */
  @Column({ type: 'boolean', default: true })
  nameIndexed: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
