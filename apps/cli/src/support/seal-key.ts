import { loadSealKey, type SealKey } from '@redress/event-store';
import { loadConfig } from '@redress/config';

/**
 * The store's seal key as configured (`REDRESS_SEAL_KEY`, or the one kept in the data
 * directory). `create` is for sealing; readers (verify) never create one.
 */
export function configuredSealKey(create: boolean, env = process.env): SealKey | undefined {
  const config = loadConfig(env);
  return loadSealKey({ dataDir: config.dataDir, privateKeyPem: config.sealKey, create });
}
