import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * What libs/complaints may import. The domain is pure (architecture decision 1): no framework,
 * transport or storage code, so it can be folded, replayed and tested without any of them.
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
): ImportViolation[] {
  const violations: ImportViolation[] = [];
  for (const specifier of moduleSpecifiers(sourceText)) {
    const reason = violationReason(file, specifier, domainRoot);
    if (reason) violations.push({ file, specifier, reason });
  }
  return violations;
}

function violationReason(file: string, specifier: string, domainRoot: string): string | undefined {
  if (specifier.startsWith('.')) {
    const target = relative(domainRoot, resolve(dirname(file), specifier));
    const outside = target === '..' || target.startsWith(`..${sep}`) || isAbsolute(target);
    return outside ? 'reaches outside libs/complaints by a relative path' : undefined;
  }
  const forbidden = DOMAIN_FORBIDDEN.find((rule) => rule.pattern.test(specifier));
  if (forbidden) return `forbidden in the pure domain: ${forbidden.why}`;
  return isAllowedExternal(specifier) ? undefined : 'not on the domain allow-list';
}
