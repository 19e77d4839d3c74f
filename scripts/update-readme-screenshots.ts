/**
 * `npm run screenshots`: the README's pictures of My work and a complaint page, taken from the
 * browser suite's artefacts (test-artifacts/browser, written by test/browser on every run), so
 * they show the pages as they are now. The suite runs first; this copies its two screenshots.
 */
import { copyFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');
const artefacts = join(root, 'test-artifacts', 'browser');
const pictures: [string, string][] = [
  ['my-work.png', 'my-work.png'],
  ['readme-complaint.png', 'complaint.png'],
];

for (const [from, to] of pictures) {
  const source = join(artefacts, from);
  if (!existsSync(source)) {
    console.error(`${source} is missing: run the browser suite (npx jest test/browser) first`);
    process.exit(1);
  }
  copyFileSync(source, join(root, 'docs', 'images', to));
  console.log(`docs/images/${to} from ${from} (${statSync(source).mtime.toISOString()})`);
}
