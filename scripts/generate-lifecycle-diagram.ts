/** Writes docs/complaint-lifecycle.md from the lifecycle machine. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lifecycleDocument } from '../libs/complaints/src/lifecycle/lifecycle-doc';

const target = join(__dirname, '..', 'docs', 'complaint-lifecycle.md');
writeFileSync(target, lifecycleDocument());
console.log('Wrote docs/complaint-lifecycle.md');
