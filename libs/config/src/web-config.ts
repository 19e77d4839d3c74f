/** What the web workbench reads from the environment, checked with the rest at start. */
export interface WebConfig {
  /** The landlord, as response letters name it. */
  readonly landlordName: string;
  /** The address printed at the head of a letter; lines separated by `|` in the variable. */
  readonly landlordAddress: readonly string[];
  /** Who signs response letters, e.g. `Complaints Team`. */
  readonly letterSignature: string;
  /**
   * Whether the session cookie is sent only over HTTPS. By default it is, unless the api
   * listens on a loopback address (a browser on the same machine, as in development).
   */
  readonly secureCookies: boolean;
}

export function loadWebConfig(env: NodeJS.ProcessEnv, host: string, problems: string[]): WebConfig {
  const secure = env.REDRESS_SECURE_COOKIES;
  if (secure !== undefined && secure !== 'true' && secure !== 'false') {
    problems.push(`REDRESS_SECURE_COOKIES must be true or false (got "${secure}")`);
  }
  const loopback = ['127.0.0.1', 'localhost', '::1'].includes(host);
  return {
    landlordName: env.REDRESS_LANDLORD_NAME || 'Your landlord',
    landlordAddress: (env.REDRESS_LANDLORD_ADDRESS ?? '')
      .split('|')
      .map((line) => line.trim())
      .filter(Boolean),
    letterSignature: env.REDRESS_LETTER_SIGNATURE || 'Complaints Team',
    secureCookies: secure === undefined ? !loopback : secure === 'true',
  };
}
