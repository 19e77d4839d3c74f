import { mapOidcRole } from './oidc-roles';

describe('the role an OpenID Connect claim grants', () => {
  const map = { 'complaints-officers': 'officer', 'complaints-managers': 'manager' };
  it('maps an array of groups, the first recognised winning', () => {
    expect(mapOidcRole(['staff', 'complaints-managers', 'complaints-officers'], map)).toBe(
      'manager',
    );
  });
  it('takes a string claim, and a value naming a role itself', () => {
    expect(mapOidcRole('auditor', map)).toBe('auditor');
    expect(mapOidcRole('staff complaints-officers', map)).toBe('officer');
  });
  it('grants nothing for no claim, unknown values or other types', () => {
    expect(mapOidcRole(undefined, map)).toBeUndefined();
    expect(mapOidcRole(['residents'], map)).toBeUndefined();
    expect(mapOidcRole({ role: 'admin' }, map)).toBeUndefined();
  });
});
