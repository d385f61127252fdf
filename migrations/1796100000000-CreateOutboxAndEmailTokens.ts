import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail. `outbox`: every mail, written in the transaction of the change that causes it and sent by the worker
 * (src/mail/mail-sender.ts tells how each is sent once); a sent mail's body is cleared, its row kept as a record.
 * `email_token`: the links of mails (sign-up verification, password reset, invitation), stored only as SHA-256
 * hashes, each used once before it expires; a sign-up's details wait here until the address is verified.
 * `proposal_reminder`: which waiting state of a proposal has been reminded of, so each is reminded once.
 * The notification settings are columns of `app_user`, all on by default. An invited user has no password until
 * they accept the invitation.
 */
export class CreateOutboxAndEmailTokens1796100000000 implements MigrationInterface {
  name = 'CreateOutboxAndEmailTokens1796100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind varchar(40) NOT NULL,
        recipient varchar(254) NOT NULL,
        language varchar(2) NOT NULL,
        subject text NOT NULL,
        body_text text,
        body_html text,
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        sent_at timestamptz,
        failed_at timestamptz
      )`);
    await runner.query(
      'CREATE INDEX outbox_due_idx ON outbox (next_attempt_at, id) WHERE sent_at IS NULL AND failed_at IS NULL',
    );
    // The clean-up of sent mails after 30 days (src/mail/reminders.service.ts).
    await runner.query('CREATE INDEX outbox_sent_idx ON outbox (sent_at) WHERE sent_at IS NOT NULL');
    await runner.query(`
      CREATE TABLE email_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        purpose varchar(16) NOT NULL CHECK (purpose IN ('SIGN_UP', 'PASSWORD_RESET', 'INVITATION')),
        token_hash bytea NOT NULL UNIQUE,
        user_id uuid REFERENCES app_user (id) ON DELETE CASCADE,
        email varchar(254),
        password_hash text,
        sign_up jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CONSTRAINT email_token_owner_check CHECK (
          (purpose = 'SIGN_UP' AND user_id IS NULL AND email IS NOT NULL AND password_hash IS NOT NULL
            AND sign_up IS NOT NULL)
          OR (purpose <> 'SIGN_UP' AND user_id IS NOT NULL))
      )`);
    await runner.query('CREATE INDEX email_token_user_idx ON email_token (user_id) WHERE user_id IS NOT NULL');
    await runner.query('CREATE INDEX email_token_sign_up_idx ON email_token (lower(email)) WHERE email IS NOT NULL');
    await runner.query('CREATE INDEX email_token_expires_idx ON email_token (expires_at)');
    await runner.query(`
      CREATE TABLE proposal_reminder (
        proposal_id uuid NOT NULL REFERENCES proposal (id) ON DELETE CASCADE,
        status varchar(24) NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (proposal_id, status)
      )`);
    await runner.query(`
      ALTER TABLE app_user
        ADD COLUMN notify_proposals boolean NOT NULL DEFAULT true,
        ADD COLUMN notify_introductions boolean NOT NULL DEFAULT true,
        ADD COLUMN notify_offer_answers boolean NOT NULL DEFAULT true,
        ADD COLUMN notify_reminders boolean NOT NULL DEFAULT true`);
    await runner.query(`
      ALTER TABLE app_user DROP CONSTRAINT app_user_sign_in_check,
        ADD CONSTRAINT app_user_sign_in_check CHECK (
          (role = 'CLIENT' AND email IS NULL AND password_hash IS NULL AND client_id IS NOT NULL)
          OR (role <> 'CLIENT' AND email IS NOT NULL AND client_id IS NULL))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query("DELETE FROM app_user WHERE role <> 'CLIENT' AND password_hash IS NULL");
    await runner.query(`
      ALTER TABLE app_user DROP CONSTRAINT app_user_sign_in_check,
        ADD CONSTRAINT app_user_sign_in_check CHECK (
          (role = 'CLIENT' AND email IS NULL AND password_hash IS NULL AND client_id IS NOT NULL)
          OR (role <> 'CLIENT' AND email IS NOT NULL AND password_hash IS NOT NULL AND client_id IS NULL))`);
    await runner.query(`
      ALTER TABLE app_user DROP COLUMN notify_proposals, DROP COLUMN notify_introductions,
        DROP COLUMN notify_offer_answers, DROP COLUMN notify_reminders`);
    await runner.query('DROP TABLE proposal_reminder');
    await runner.query('DROP TABLE email_token');
    await runner.query('DROP TABLE outbox');
  }
}
