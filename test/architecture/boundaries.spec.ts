import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkBoundaries, readAliases } from './boundaries.rules';

const repoRoot = join(__dirname, '..', '..');
const TREES = ['apps', 'libs', 'bench', 'test', 'scripts'];

function sources(): string[] {
  return TREES.flatMap((tree) =>
    readdirSync(join(repoRoot, tree), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts') && !name.split(/[\\/]/).includes('node_modules'))
      .map((name) => join(repoRoot, tree, name)),
  );
}

describe('the layout boundaries hold across the whole tree', () => {
  const aliases = readAliases(repoRoot);

  it('no app imports another, no library imports an app, libraries by alias, a pure domain', () => {
    const files = sources();
    const violations = files.flatMap((file) =>
      checkBoundaries(repoRoot, file, readFileSync(file, 'utf8'), aliases).map(
        (v) => `${relative(repoRoot, v.file)}: '${v.specifier}' ${v.reason}`,
      ),
    );

    expect(files.length).toBeGreaterThan(300);
    expect(violations).toEqual([]);
  });

  // The checker must be able to fail, or the test above proves nothing.
  describe('the checker', () => {
    const flagged = (file: string, source: string) =>
      checkBoundaries(repoRoot, join(repoRoot, file), source, aliases).map(
        (v) => `${v.specifier} (${v.reason})`,
      );

    it('knows every library alias from tsconfig.json', () => {
      for (const lib of [
        'complaints',
        'event-store',
        'complaint-stream',
        'config',
        'audit',
        'hazard-stream',
        'service-request-stream',
      ]) {
        expect(aliases.get(`@redress/${lib}`)).toContain(join('libs', lib, 'src'));
      }
    });

    it('flags an app importing another app, by relative path or alias', () => {
      const source = [
        "import { x } from '../../api/src/complaints/shared/complaint-domain';",
        "import { y } from '../../../apps/cli/src/run-cli';",
      ].join('\n');
      expect(flagged('apps/projector/src/main.ts', source)).toEqual([
        '../../api/src/complaints/shared/complaint-domain (app projector imports app api: share it through a library)',
        '../../../apps/cli/src/run-cli (app projector imports app cli: share it through a library)',
      ]);
    });

    it('flags a library importing an app', () => {
      expect(
        flagged(
          'libs/audit/src/store/reader.ts',
          "import { s } from '../../../../apps/api/src/x';",
        ),
      ).toEqual([
        '../../../../apps/api/src/x (library audit imports app api: libraries never depend on apps)',
      ]);
    });

    it('flags a relative reach across libraries, from a library or an app', () => {
      expect(
        flagged('libs/audit/src/store/reader.ts', "export * from '../../../event-store/src/port';"),
      ).toEqual([
        '../../../event-store/src/port (reaches into libs/event-store by a relative path: import @redress/event-store)',
      ]);
      expect(
        flagged('apps/cli/src/main.ts', "import '../../../libs/config/src/redress-config';"),
      ).toHaveLength(1);
    });

    it('flags framework and storage imports in the domain', () => {
      const source = [
        "import { Injectable } from '@nestjs/common';",
        "import { EventStoreDBClient } from '@eventstore/db-client';",
        "import Database from 'better-sqlite3';",
        "import type { Kysely } from 'kysely';",
        "const pg = require('pg');",
        "import type { FastifyInstance } from 'fastify';",
        "import { serializer } from '@redress/complaint-stream';",
      ].join('\n');
      expect(flagged('libs/complaints/src/state/evolve.ts', source)).toHaveLength(7);
    });

    it('allows apps and libraries to use libraries by alias, and tests to reach anywhere', () => {
      const app = [
        "import { loadConfig } from '@redress/config';",
        "import { serializer } from '@redress/complaint-stream';",
        "import { appendHistory } from '@redress/read-models/testing/append-history';",
        "import { ConfigModule } from '../config/config.module';",
        "import { Injectable } from '@nestjs/common';",
      ].join('\n');
      expect(flagged('apps/api/src/app.module.ts', app)).toEqual([]);
      expect(
        flagged('libs/audit/src/index.ts', "export * from './store/complaint-events.reader';"),
      ).toEqual([]);
      const test = [
        "import { createApp } from '../../apps/api/src/bootstrap/create-app';",
        "import { runCli } from '../../apps/cli/src/run-cli';",
        "import { x } from '../../libs/read-models/src/testing/append-history';",
      ].join('\n');
      expect(flagged('test/support/api-harness.ts', test)).toEqual([]);
    });
  });
});
