import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * What the domain libraries (libs/complaints, libs/hazards, libs/service-requests) may import.
 * The domain is pure (architecture decision 1): no framework, transport or storage code, so it
 * can be folded, replayed and tested without any of them.
 */
export const ALLOWED_EXTERNALS: readonly string[] = [
  'xstate',
  'date-holidays',
  'node:fs',
  'node:path',
  'node:crypto',
];

/**
 * Named so a failure says why, not only that the import is not on the allowed list. The
 * whole-tree boundary check (boundaries.rules.ts) applies the same list.
 */
export const DOMAIN_FORBIDDEN: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  { pattern: /^@nestjs\//, why: 'framework code belongs in apps/' },
  { pattern: /^(@fastify\/|fastify$)/, why: 'HTTP transport belongs in apps/api' },
  {
    pattern: /^(@eventstore\/|@grpc\/|better-sqlite3$|kysely$|pg$)/,
    why: 'storage belongs in libs/',
  },
  {
    pattern: /^@redress\/(?!complaints(\/|$))/,
    why: 'the domain depends on no other lib',
  },
];

/**
 * The pure domain libraries, and the other domain libraries each may use. Hazard cases count
 * working days on the complaint calendar (one calendar, not two); nothing depends on them.
 */
export const DOMAIN_LIBRARIES: readonly {
  readonly name: string;
  readonly uses: readonly string[];
}[] = [
  { name: 'complaints', uses: [] },
  { name: 'hazards', uses: ['@redress/complaints'] },
  { name: 'service-requests', uses: ['@redress/complaints'] },
];

export interface ImportViolation {
  readonly file: string;
  readonly specifier: string;
  readonly reason: string;
}

/** Every module specifier TypeScript's own pre-processor sees: import, export-from, require, import(). */
export function moduleSpecifiers(sourceText: string): string[] {
  const info = ts.preProcessFile(sourceText, true, true);
  return info.importedFiles.map((f) => f.fileName);
}

function isAllowedExternal(specifier: string): boolean {
  return ALLOWED_EXTERNALS.some((name) => specifier === name || specifier.startsWith(`${name}/`));
}

/** Checks one file of the domain library whose root folder is `domainRoot`. */
export function checkDomainFile(
  file: string,
  sourceText: string,
  domainRoot: string,
  domainLibs: readonly string[] = [],
): ImportViolation[] {
  const violations: ImportViolation[] = [];
  for (const specifier of moduleSpecifiers(sourceText)) {
    const reason = violationReason(file, specifier, domainRoot, domainLibs);
    if (reason) violations.push({ file, specifier, reason });
  }
  return violations;
}

function violationReason(
  file: string,
  specifier: string,
  domainRoot: string,
  domainLibs: readonly string[],
): string | undefined {
  if (specifier.startsWith('.')) {
    const target = relative(domainRoot, resolve(dirname(file), specifier));
    const outside = target === '..' || target.startsWith(`..${sep}`) || isAbsolute(target);
    return outside ? 'reaches outside its library by a relative path' : undefined;
  }
  if (domainLibs.some((lib) => specifier === lib || specifier.startsWith(`${lib}/`))) {
    return undefined;
  }
  const forbidden = DOMAIN_FORBIDDEN.find((rule) => rule.pattern.test(specifier));
  if (forbidden) return `forbidden in the pure domain: ${forbidden.why}`;
  return isAllowedExternal(specifier) ? undefined : 'not on the domain allow-list';
}
