import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { DOMAIN_FORBIDDEN, moduleSpecifiers, type ImportViolation } from './domain-purity.rules';

/** Where a file lives: an app, a library, or elsewhere (tests, benchmarks, scripts). */
export type Unit =
  | { readonly kind: 'app'; readonly name: string }
  | { readonly kind: 'lib'; readonly name: string }
  | { readonly kind: 'other' };

/** The alias map from tsconfig.json: `@redress/x` and `@redress/x/*` to their folders. */
export type AliasMap = ReadonlyMap<string, string>;

export function unitOf(repoRoot: string, file: string): Unit {
  const [top, name] = relative(repoRoot, file).split(sep);
  if (top === 'apps' && name) return { kind: 'app', name };
  if (top === 'libs' && name) return { kind: 'lib', name };
  return { kind: 'other' };
}

/** Reads `compilerOptions.paths`: each alias pattern (trailing `/*` removed) to the path it names. */
export function readAliases(repoRoot: string): AliasMap {
  const { config } = ts.readConfigFile(join(repoRoot, 'tsconfig.json'), ts.sys.readFile);
  const paths = (config?.compilerOptions?.paths ?? {}) as Record<string, string[]>;
  const aliases = new Map<string, string>();
  for (const [pattern, [target]] of Object.entries(paths)) {
    if (!target) continue;
    aliases.set(pattern.replace(/\/\*$/, ''), resolve(repoRoot, target.replace(/\/\*$/, '')));
  }
  return aliases;
}

/** The file or folder an import names inside the repository, or undefined for a package. */
function targetOf(file: string, specifier: string, aliases: AliasMap): string | undefined {
  if (specifier.startsWith('.')) return resolve(dirname(file), specifier);
  for (const [alias, target] of aliases) {
    if (specifier === alias) return target;
    if (specifier.startsWith(`${alias}/`)) return join(target, specifier.slice(alias.length + 1));
  }
  return undefined;
}

/**
 * The layout's rules (docs/decisions.md): no app imports another app; no library imports an
 * app; apps and libraries reach a library only through its `@redress/...` alias; the domain
 * (libs/complaints) imports no framework or storage code.
 */
export function checkBoundaries(
  repoRoot: string,
  file: string,
  sourceText: string,
  aliases: AliasMap,
): ImportViolation[] {
  const from = unitOf(repoRoot, file);
  if (from.kind === 'other') return [];
  const violations: ImportViolation[] = [];
  const flag = (specifier: string, reason: string) => violations.push({ file, specifier, reason });
  for (const specifier of moduleSpecifiers(sourceText)) {
    const target = targetOf(file, specifier, aliases);
    const to = target === undefined ? undefined : unitOf(repoRoot, target);
    if (from.kind === 'app' && to?.kind === 'app' && to.name !== from.name) {
      flag(specifier, `app ${from.name} imports app ${to.name}: share it through a library`);
    } else if (from.kind === 'lib' && to?.kind === 'app') {
      flag(
        specifier,
        `library ${from.name} imports app ${to.name}: libraries never depend on apps`,
      );
    } else if (
      specifier.startsWith('.') &&
      to?.kind === 'lib' &&
      (from.kind === 'app' || to.name !== from.name)
    ) {
      flag(
        specifier,
        `reaches into libs/${to.name} by a relative path: import @redress/${to.name}`,
      );
    }
    if (from.kind === 'lib' && from.name === 'complaints') {
      const forbidden = DOMAIN_FORBIDDEN.find((rule) => rule.pattern.test(specifier));
      if (forbidden) flag(specifier, `the pure domain imports it: ${forbidden.why}`);
    }
  }
  return violations;
}
