import { loadWebConfig } from './web-config';

describe('OpenID Connect settings', () => {
  it('are absent without an issuer, and take their defaults with one', () => {
    expect(loadWebConfig({}, '127.0.0.1', []).oidc).toBeUndefined();
    const problems: string[] = [];
    const oidc = loadWebConfig(
      { REDRESS_OIDC_ISSUER: 'https://id.example.org', REDRESS_OIDC_CLIENT_ID: 'redress' },
      '0.0.0.0',
      problems,
    ).oidc;
    expect(problems).toEqual([]);
    expect(oidc).toMatchObject({
      roleClaim: 'roles',
      roleMap: {},
      userClaim: 'sub',
      localSignIn: true,
      redirectUrl: undefined,
    });
  });

  it('read a group map, and refuse a map entry naming no role', () => {
    const problems: string[] = [];
    const oidc = loadWebConfig(
      {
        REDRESS_OIDC_ISSUER: 'https://id.example.org',
        REDRESS_OIDC_CLIENT_ID: 'redress',
        REDRESS_OIDC_ROLE_MAP: 'complaints-officers=officer, complaints-managers=manager',
        REDRESS_LOCAL_SIGN_IN: 'false',
      },
      '0.0.0.0',
      problems,
    ).oidc;
    expect(oidc?.roleMap).toEqual({
      'complaints-officers': 'officer',
      'complaints-managers': 'manager',
    });
    expect(oidc?.localSignIn).toBe(false);
    loadWebConfig(
      {
        REDRESS_OIDC_ISSUER: 'not a url',
        REDRESS_OIDC_ROLE_MAP: 'staff=boss',
        REDRESS_OIDC_USER_CLAIM: 'email',
      },
      '0.0.0.0',
      problems,
    );
    expect(problems).toEqual([
      'REDRESS_OIDC_ISSUER must be a URL (got "not a url")',
      'REDRESS_OIDC_CLIENT_ID must be set with REDRESS_OIDC_ISSUER',
      'REDRESS_OIDC_ROLE_MAP entries must be value=role, role one of officer, manager, auditor, governance, admin (got "staff=boss")',
      'REDRESS_OIDC_USER_CLAIM must be sub or preferred_username (got "email")',
    ]);
  });
});
