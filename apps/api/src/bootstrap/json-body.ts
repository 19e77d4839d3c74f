import type { FastifyInstance, FastifyRequest } from 'fastify';
import { RequestRefusedException } from '../problem-details/request-refused.exception';
import { ValidationFailedException } from '../problem-details/validation-failed.exception';

/**
 * The deepest nesting of arrays and objects a body may have. The deepest command (a response's
 * decisions with their remedies) nests four levels; class-transformer and class-validator walk
 * a body recursively, so depth is bounded before either of them sees it.
 */
export const MAX_BODY_DEPTH = 32;

/**
 * Keys that name members every object inherits (`toString`, `constructor`, `__proto__`, ...).
 * class-transformer skips a key the target already has as a function, so such a key would be
 * dropped silently instead of refused like any other unknown key.
 */
const INHERITED = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x5b, 0x7b]);
const CLOSE = new Set([0x5d, 0x7d]);

/** How deeply the JSON text nests, read byte by byte without recursion (strings skipped). */
export function nestingDepth(text: Buffer): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const byte = text[i]!;
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (OPEN.has(byte)) deepest = Math.max(deepest, ++depth);
    else if (CLOSE.has(byte)) depth--;
  }
  return deepest;
}

/** Every key in the value (at any depth) that names an inherited member, as a field path. */
export function inheritedKeys(value: unknown): string[] {
  const found: string[] = [];
  const pending: [unknown, string][] = [[value, '']];
  while (pending.length > 0) {
    const [node, path] = pending.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    for (const key of Object.keys(node)) {
      const at = path ? `${path}.${key}` : key;
      if (INHERITED.has(key)) found.push(at);
      pending.push([(node as Record<string, unknown>)[key], at]);
    }
  }
  return found;
}

function refuseInherited(keys: string[]): ValidationFailedException {
  return new ValidationFailedException(
    keys.map((field) => ({
      field,
      messages: [`property ${field.split('.').pop()} should not exist`],
    })),
  );
}

/**
 * JSON bodies as every command takes them: nested no deeper than MAX_BODY_DEPTH, a JSON object
 * (never `null`, an array, a number, a string or a boolean), and without keys named after
 * inherited members (`__proto__` among them, so poisoning is refused too).
 */
export function jsonBodyParser(fastify: FastifyInstance) {
  const parse = fastify.getDefaultJsonParser('ignore', 'ignore');
  return (
    request: FastifyRequest,
    body: Buffer,
    done: (error: Error | null, value?: unknown) => void,
  ): void => {
    if (nestingDepth(body) > MAX_BODY_DEPTH) {
      done(
        new RequestRefusedException(
          400,
          'BODY_TOO_DEEP',
          'The body nests too deeply',
          `Arrays and objects may nest at most ${MAX_BODY_DEPTH} levels deep`,
        ),
      );
      return;
    }
    parse(request, body.toString('utf8'), (error: Error | null, value?: unknown) => {
      if (error) return done(error);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return done(
          new ValidationFailedException([
            { field: '(body)', messages: ['the body must be a JSON object'] },
          ]),
        );
      }
      const inherited = inheritedKeys(value);
      if (inherited.length > 0) return done(refuseInherited(inherited));
      done(null, value);
    });
  };
}

/** Query strings get the same care: an inherited member's name is refused like any unknown key. */
export function refuseInheritedQueryKeys(
  request: FastifyRequest,
  _reply: unknown,
  done: (error?: Error) => void,
): void {
  const keys = inheritedKeys(request.query ?? {});
  done(keys.length > 0 ? refuseInherited(keys) : undefined);
}
