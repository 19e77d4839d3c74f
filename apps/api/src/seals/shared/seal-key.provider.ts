import { Inject, Injectable, Logger } from '@nestjs/common';
import { loadSealKey, type SealKey } from '@redress/event-store';
import type { RedressConfig } from '@redress/config';
import { REDRESS_CONFIG } from '../../store/tokens';

/**
 * The seal key, loaded on first use: the configured `REDRESS_SEAL_KEY`, or the one kept in the
 * data directory, generated there the first time anything seals (as the token secret is).
 */
@Injectable()
export class SealKeyProvider {
  private readonly logger = new Logger('Seals');
  private key?: SealKey;

  constructor(@Inject(REDRESS_CONFIG) private readonly config: RedressConfig) {}

  get(): SealKey {
    if (!this.key) {
      this.key = loadSealKey({ dataDir: this.config.dataDir, privateKeyPem: this.config.sealKey })!;
      if (this.key.generatedAt) {
        this.logger.log(`Generated a seal signing key in ${this.key.generatedAt}`);
      }
    }
    return this.key;
  }

  /** The public side only, for checking seals; undefined when no key exists yet. */
  trusted() {
    if (this.key) return this.key.publicKey;
    return loadSealKey({
      dataDir: this.config.dataDir,
      privateKeyPem: this.config.sealKey,
      create: false,
    })?.publicKey;
  }
}
