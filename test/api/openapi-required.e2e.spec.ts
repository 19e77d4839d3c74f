import { startApi, type ApiHarness } from '../support/api-harness';

// Hundreds of requests each: generous on a busy two-core machine (no timing is asserted).
jest.setTimeout(120_000);

interface Schema {
  $ref?: string;
  type?: string;
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
}

/** A deep copy of the body without the field at the path. */
function without(body: Record<string, unknown>, path: string[]): unknown {
  const copy = structuredClone(body);
  let at: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  delete at[path.at(-1)!];
  return copy;
}

const UNKNOWN_COMPLAINT = '00000000-0000-4000-8000-000000000000';

/**
 * The OpenAPI document and the validation at the edge must agree: every field the document
 * marks required, at any depth, is refused with 400 VALIDATION_FAILED naming it when missing.
 */
describe('every required field in the OpenAPI document is checked at the edge', () => {
  let api: ApiHarness;
  let document: {
    paths: Record<
      string,
      Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>
    >;
    components: { schemas: Record<string, Schema> };
  };
  beforeAll(async () => {
    api = await startApi();
    document = (await api.request({ method: 'GET', url: '/openapi.json' })).json();
  });
  afterAll(() => api.close());

  const resolve = (schema: Schema): Schema => {
    if (schema.$ref) return resolve(document.components.schemas[schema.$ref.split('/').pop()!]!);
    if (schema.allOf?.length === 1) return resolve(schema.allOf[0]!);
    return schema;
  };

  /**
   * A body with every required field left out, except that required objects are present but
   * empty (and required arrays of objects hold one empty object), so their own required fields
   * are missing too. Returns the body and the path of every required field, objects included.
   */
  const emptyOf = (
    schema: Schema,
    path: string,
  ): { body: Record<string, unknown>; expected: string[] } => {
    const resolved = resolve(schema);
    const body: Record<string, unknown> = {};
    const expected: string[] = [];
    for (const name of resolved.required ?? []) {
      const field = resolve(resolved.properties![name]!);
      const at = path ? `${path}.${name}` : name;
      expected.push(at);
      if (field.properties) {
        const inner = emptyOf(field, at);
        body[name] = inner.body;
        expected.push(...inner.expected);
      } else if (field.type === 'array' && field.items && resolve(field.items).properties) {
        const inner = emptyOf(field.items, `${at}.0`);
        body[name] = [inner.body];
        expected.push(...inner.expected);
      }
    }
    return { body, expected };
  };

  it('walks every command route', async () => {
    const routes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => method === 'post')
        .map(([, operation]) => ({ path, operation })),
    );
    expect(routes.length).toBeGreaterThanOrEqual(20);
    let checked = 0;
    const missed: string[] = [];
    for (const { path, operation } of routes) {
      const schema = operation.requestBody?.content['application/json']?.schema;
      if (!schema) continue;
      const { body, expected } = emptyOf(schema, '');
      if (expected.length === 0) continue;
      const url = path.replace('{id}', UNKNOWN_COMPLAINT);
      // Each required field left out on its own, the others present (as empty as they can be).
      for (const missing of expected) {
        const response = await api.request({
          method: 'POST',
          url,
          role: 'officer',
          body: without(body, missing.split('.')),
        });
        const fields = (response.json().errors ?? []).map((e: { field: string }) => e.field);
        const refused =
          response.statusCode === 400 &&
          response.json().code === 'VALIDATION_FAILED' &&
          fields.includes(missing);
        if (!refused) missed.push(`${url} without ${missing}: ${response.statusCode}`);
      }
      checked += expected.length;
    }
    expect(missed).toEqual([]);
    expect(checked).toBeGreaterThan(20);
    console.log(`required fields checked at the edge: ${checked}, over every command route`);
  });
});
