import { loadConfig } from '@redress/config';
import { tokenCommand } from './token-command';

describe('the token command printed at start', () => {
  it('is the bare command for the default data directory', () => {
    expect(tokenCommand(loadConfig({}), {})).toBe(
      'TOKEN=$(npm run -s token -- --sub alice --role officer)',
    );
  });

  it('names the data directory when it is not the default, quoted for the shell', () => {
    expect(tokenCommand(loadConfig({ REDRESS_DATA_DIR: '/srv/redress' }), {})).toBe(
      'TOKEN=$(REDRESS_DATA_DIR=/srv/redress npm run -s token -- --sub alice --role officer)',
    );
    expect(tokenCommand(loadConfig({ REDRESS_DATA_DIR: "/tmp/o'neil data" }), {})).toContain(
      `REDRESS_DATA_DIR='/tmp/o'\\''neil data' npm run`,
    );
  });

  it('reminds that a configured secret must be set for the minter too', () => {
    const env = { REDRESS_JWT_SECRET: 'x'.repeat(32) };
    expect(tokenCommand(loadConfig(env), env)).toMatch(/with the same REDRESS_JWT_SECRET set\)$/);
  });
});
