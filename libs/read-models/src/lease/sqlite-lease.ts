import type { Kysely } from 'kysely';
import type { ReadModelDatabase } from '../schema/read-model-tables';
import { newHolderId, type ProjectorLease } from './projector-lease';

/**
 * A lease row with an expiry, for read models in a SQLite file (processes on one host share
 * its clock). The holder renews it well before it expires; a standby takes a lapsed one.
 */
export class SqliteLease implements ProjectorLease {
  readonly holder = newHolderId();

  constructor(
    private readonly db: Kysely<ReadModelDatabase>,
    private readonly name: string,
    private readonly ttlMs: number,
  ) {}

  async hold(): Promise<boolean> {
    const now = Date.now();
    const row = { name: this.name, holder: this.holder, expires_at: now + this.ttlMs };
    const result = await this.db
      .insertInto('rm_projector_lease')
      .values(row)
      .onConflict((oc) =>
        oc
          .column('name')
          .doUpdateSet({ holder: row.holder, expires_at: row.expires_at })
          .where((eb) =>
            eb.or([
              eb('rm_projector_lease.holder', '=', this.holder),
              eb('rm_projector_lease.expires_at', '<', now),
            ]),
          ),
      )
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  async release(): Promise<void> {
    await this.db
      .deleteFrom('rm_projector_lease')
      .where('name', '=', this.name)
      .where('holder', '=', this.holder)
      .execute();
  }
}
