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
  /** Sign-in through the landlord's OpenID Connect provider, when REDRESS_OIDC_ISSUER is set. */
  readonly oidc?: OidcConfig;
}

/** OpenID Connect sign-in (decision in docs/decisions.md, "Sign-in through OpenID Connect"). */
export interface OidcConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret?: string;
  /** Where the provider sends the browser back; by default `<origin>/web/sign-in/oidc/callback`. */
  readonly redirectUrl?: string;
  /** The claim holding the person's roles or groups: a string or an array of strings. */
  readonly roleClaim: string;
  /** Claim values mapped to Redress roles; a value naming a role maps to itself. */
  readonly roleMap: Readonly<Record<string, string>>;
  /** The claim that becomes the user id: `sub` or `preferred_username`. */
  readonly userClaim: 'sub' | 'preferred_username';
  /** As the sign-in button names it: "Sign in with <name>". */
  readonly providerName: string;
  /** Whether the local user directory's form is offered as well. */
  readonly localSignIn: boolean;
}

const ROLE_NAMES = ['officer', 'manager', 'auditor', 'governance', 'admin'];

function loadOidc(env: NodeJS.ProcessEnv, problems: string[]): OidcConfig | undefined {
  const issuer = env.REDRESS_OIDC_ISSUER;
  if (!issuer) return undefined;
  if (!URL.canParse(issuer)) problems.push(`REDRESS_OIDC_ISSUER must be a URL (got "${issuer}")`);
  const clientId = env.REDRESS_OIDC_CLIENT_ID ?? '';
  if (!clientId) problems.push('REDRESS_OIDC_CLIENT_ID must be set with REDRESS_OIDC_ISSUER');
  const redirectUrl = env.REDRESS_OIDC_REDIRECT_URL || undefined;
  if (redirectUrl && !URL.canParse(redirectUrl))
    problems.push(`REDRESS_OIDC_REDIRECT_URL must be a URL (got "${redirectUrl}")`);
  const roleMap: Record<string, string> = {};
  for (const pair of (env.REDRESS_OIDC_ROLE_MAP ?? '').split(',').filter((p) => p.trim())) {
    const [value, role] = pair.split('=').map((part) => part?.trim() ?? '');
    if (!value || !role || !ROLE_NAMES.includes(role))
      problems.push(
        `REDRESS_OIDC_ROLE_MAP entries must be value=role, role one of ${ROLE_NAMES.join(', ')} (got "${pair}")`,
      );
    else roleMap[value] = role;
  }
  const userClaim = env.REDRESS_OIDC_USER_CLAIM || 'sub';
  if (userClaim !== 'sub' && userClaim !== 'preferred_username')
    problems.push(`REDRESS_OIDC_USER_CLAIM must be sub or preferred_username (got "${userClaim}")`);
  const local = env.REDRESS_LOCAL_SIGN_IN;
  if (local !== undefined && local !== 'true' && local !== 'false')
    problems.push(`REDRESS_LOCAL_SIGN_IN must be true or false (got "${local}")`);
  return {
    issuer,
    clientId,
    clientSecret: env.REDRESS_OIDC_CLIENT_SECRET || undefined,
    redirectUrl,
    roleClaim: env.REDRESS_OIDC_ROLE_CLAIM || 'roles',
    roleMap,
    userClaim: userClaim as OidcConfig['userClaim'],
    providerName: env.REDRESS_OIDC_PROVIDER_NAME || 'your organisation',
    localSignIn: local !== 'false',
  };
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
    oidc: loadOidc(env, problems),
  };
}
