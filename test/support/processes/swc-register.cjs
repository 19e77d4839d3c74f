/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS require hook loads with require() */
// Lets a test start the api from its TypeScript sources in a child process, as `npm start` would
// from the build: each file compiled by swc on load with Nest's legacy decorators and their
// metadata (tsx cannot emit decorator metadata), and `@redress/*` resolved to the libraries'
// sources as the Jest configuration and tsconfig paths do. `node -r ./swc-register.cjs main.ts`.
const { transformSync } = require('@swc/core');
const Module = require('node:module');
const { readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const root = resolve(__dirname, '..', '..', '..');
// Every library is `libs/<name>/src` (tsconfig paths), so any `@redress/<name>` resolves there.
const LIBRARY = /^@redress\/([a-z][a-z-]*)(?:\/(.+))?$/;

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const library = LIBRARY.exec(request);
  const target = library ? join(root, 'libs', library[1], 'src', library[2] ?? 'index') : request;
  return resolveFilename.call(this, target, ...rest);
};

require.extensions['.ts'] = function (module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
