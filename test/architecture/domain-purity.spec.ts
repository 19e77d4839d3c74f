import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkDomainFile, DOMAIN_LIBRARIES, moduleSpecifiers } from './domain-purity.rules';

const repoRoot = join(__dirname, '..', '..');
const domainRoot = join(repoRoot, 'libs', 'complaints');

function domainSources(root: string): string[] {
  return readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.spec.ts'))
    .map((name) => join(root, 'src', name));
}

describe.each(DOMAIN_LIBRARIES)('libs/$name stays pure', ({ name, uses }) => {
  it('imports no framework, transport, storage or sibling-lib code', () => {
    const root = join(repoRoot, 'libs', name);
    const files = domainSources(root);
    const violations = files.flatMap((file) =>
      checkDomainFile(file, readFileSync(file, 'utf8'), root, uses).map(
        (v) => `${relative(repoRoot, v.file)}: '${v.specifier}' ${v.reason}`,
      ),
    );

    expect(files.length).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });
});

describe('the domain purity rules', () => {
  // The checker must be able to fail, or the test above proves nothing.
  describe('the checker', () => {
    const file = join(domainRoot, 'src', 'lifecycle', 'fabricated.ts');
    const flagged = (source: string) =>
      checkDomainFile(file, source, domainRoot).map((v) => v.specifier);

    it('flags a framework import', () => {
      expect(flagged("import { Injectable } from '@nestjs/common';")).toEqual(['@nestjs/common']);
    });

    it('flags export-from, require and dynamic import of forbidden modules', () => {
      const source = [
        "export * from '@redress/event-store';",
        "const pg = require('pg');",
        "const k = import('kysely');",
        "import type { FastifyInstance } from 'fastify';",
      ].join('\n');
      expect(flagged(source)).toEqual(['@redress/event-store', 'pg', 'kysely', 'fastify']);
    });

    it('flags relative paths that leave libs/complaints, and unlisted packages', () => {
      const source = [
        "import { x } from '../../../../apps/api/src/app.module';",
        "import { y } from '../../../read-models/src';",
        "import z from 'lodash';",
      ].join('\n');
      expect(flagged(source)).toHaveLength(3);
    });

    it('lets a domain library use only the domain libraries it is given', () => {
      const hazardsRoot = join(repoRoot, 'libs', 'hazards');
      const hazardFile = join(hazardsRoot, 'src', 'clocks', 'fabricated.ts');
      const source = [
        "import { defaultCalendar } from '@redress/complaints';",
        "import { x } from '@redress/read-models';",
        "import { y } from '@redress/audit';",
      ].join('\n');
      const flaggedIn = (uses: string[]) =>
        checkDomainFile(hazardFile, source, hazardsRoot, uses).map((v) => v.specifier);
      expect(flaggedIn(['@redress/complaints'])).toEqual([
        '@redress/read-models',
        '@redress/audit',
      ]);
      expect(flaggedIn([])).toEqual([
        '@redress/complaints',
        '@redress/read-models',
        '@redress/audit',
      ]);
    });

    it('allows the listed externals and relative paths inside the library', () => {
      const source = [
        "import { setup } from 'xstate';",
        "import Holidays from 'date-holidays';",
        "import { readFileSync } from 'node:fs';",
        "import { createHash } from 'node:crypto';",
        "import { CHC_2024_POLICY } from '../policy';",
        "export * from './complaint.machine';",
      ].join('\n');
      expect(moduleSpecifiers(source)).toHaveLength(6);
      expect(flagged(source)).toEqual([]);
    });
  });
});
