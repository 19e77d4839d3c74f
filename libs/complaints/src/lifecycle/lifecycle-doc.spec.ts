import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lifecycleDocument } from './lifecycle-doc';
import { lifecycleMermaid } from './lifecycle-diagram';

describe('the lifecycle diagram in the docs', () => {
  it('is the one generated from the machine (run `npm run docs:lifecycle` after changing it)', () => {
    const committed = readFileSync(
      join(__dirname, '../../../../docs/complaint-lifecycle.md'),
      'utf8',
    );
    expect(committed).toBe(lifecycleDocument());
  });

  it('draws every stage and the arrows the Code depends on', () => {
    const diagram = lifecycleMermaid();
    expect(diagram).toContain('stage1_responded --> stage2: EscalationRequested');
    expect(diagram).toContain('stage2_requested --> stage2_awaitingResponse: Stage2Acknowledged');
    expect(diagram).toContain('closed_afterFinalResponse --> ombudsman: OmbudsmanReferralRecorded');
    expect(diagram).not.toContain('stage2_responded --> stage2');
  });
});
