import { Client } from 'pg';
import { newHolderId, type ProjectorLease } from './projector-lease';

/**
 * A PostgreSQL session advisory lock on its own connection. The server frees it the moment
 * that connection ends, so when the active projector dies a standby gets it on its next try.
 */
export class PostgresLease implements ProjectorLease {
  readonly holder = newHolderId();
  private client?: Client;
  private held = false;

  constructor(
    private readonly url: string,
    private readonly name: string,
  ) {}

  async hold(): Promise<boolean> {
    try {
      if (!this.client) {
        const client = new Client({ connectionString: this.url });
        // A broken connection has lost the lock: forget it and say so on the next hold().
        client.on('error', () => this.drop(client));
        await client.connect();
        this.client = client;
      }
      if (this.held) {
        await this.client.query('select 1');
        return true;
      }
      const { rows } = await this.client.query<{ ok: boolean }>(
        // Advisory locks are per database; the schema keeps deployments sharing one apart.
        "select pg_try_advisory_lock(hashtext(current_schema() || ':redress:' || $1)) as ok",
        [this.name],
      );
      this.held = rows[0]?.ok === true;
      return this.held;
    } catch {
      if (this.client) this.drop(this.client);
      return false;
    }
  }

  async release(): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.client = undefined;
    this.held = false;
    await client.end().catch(() => undefined);
  }

  private drop(client: Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.held = false;
    client.end().catch(() => undefined);
  }
}
