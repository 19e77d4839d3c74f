/**
 * One Jest configuration for the whole monorepo. @swc/jest compiles TypeScript quickly;
 * type checking is done separately by `tsc --noEmit` in `npm test`.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
    },
    module: { type: 'commonjs' },
  },
];

/**
 * Packages published only as ES modules. Node loads them through require(esm), but Jest's own
 * module loader can only do that on Node 24.9+, so on Node 20 Jest compiles them to CommonJS.
 * NestJS 12 is ESM; `cookie` comes in through light-my-request, which Fastify's inject uses;
 * `jose` verifies tokens; `openid-client` (with `oauth4webapi`) signs officers in through OIDC; `content-disposition` comes in through @fastify/static (Swagger UI).
 * @fastify/cookie (under the web workbench's session) loads `cookie` with a dynamic import(),
 * which Jest's loader cannot run, so it is compiled too (import() becomes require()).
 * Observable Plot (the dashboard's charts) and the d3 modules under it are ES modules only.
 */
const esmOnly = [
  '@nestjs',
  'cookie',
  'jose',
  'content-disposition',
  '@fastify/cookie',
  'openid-client',
  'oauth4webapi',
  '@observablehq/plot',
  'd3',
  'd3-[a-z0-9-]+',
  'isoformat',
  'internmap',
  'delaunator',
  'robust-predicates',
  // linkedom (the charts' DOM on the server) is CommonJS, but the HTML parser under it is not.
  'css-select',
  'css-what',
  'nth-check',
  'domutils',
  'domhandler',
  'dom-serializer',
  'domelementtype',
  'entities',
  'htmlparser2',
  'boolbase',
  'cssomnom',
].join('|');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Two files at a time, even on two cores (where Jest would otherwise run one file after
  // another in a single process): much of a file's time is spent waiting on Chromium, fsync, a
  // child process or PostgreSQL, and the suites are written for a busy machine. Serially the
  // suite took over 15 minutes on two cores; two at a time, about 12 (13 with the type check).
  maxWorkers: 2,
  // A single handle a suite leaves open (a child process's pipe, a pool's idle timer) would keep
  // `npm test` from ever returning. Exit once the results are in; `npx jest --detectOpenHandles`
  // names such a handle when one is suspected.
  forceExit: true,
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test', '<rootDir>/scripts'],
  testMatch: ['**/*.spec.ts'],
  transform: {
    '^.+\\.ts$': swc,
    [`/node_modules/(${esmOnly})/.+\\.m?js$`]: swc,
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly})/)`],
  moduleNameMapper: {
    '^@redress/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
    '^@redress/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
};
