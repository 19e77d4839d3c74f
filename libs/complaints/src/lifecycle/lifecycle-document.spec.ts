import { HISTORIES, HISTORY_NAMES } from '../testing/histories';
import { advanceLifecycle, initialLifecycle, statusOf } from './lifecycle';
import { lifecycleDocument, restoreLifecycle } from './lifecycle-document';

/** Read models keep a complaint's lifecycle as JSON between events; restoring must lose nothing. */
describe('a lifecycle saved as JSON and restored continues exactly as the original', () => {
  it.each(HISTORY_NAMES)('%s, restored after every event', (name) => {
    const { events } = HISTORIES[name]();
    let original = initialLifecycle();
    let restored = initialLifecycle();
    for (const event of events) {
      original = advanceLifecycle(original, event);
      const saved = JSON.parse(
        JSON.stringify(lifecycleDocument(advanceLifecycle(restored, event))),
      );
      restored = restoreLifecycle(saved);
      expect(statusOf(restored)).toBe(statusOf(original));
      expect(restored.context).toEqual(original.context);
    }
    expect(statusOf(restored)).toBe(name);
  });

  it('equal documents restore to the same snapshot, so transition memoisation still applies', () => {
    const { events } = HISTORIES['stage1.responded']();
    const document = lifecycleDocument(events.reduce(advanceLifecycle, initialLifecycle()));
    expect(restoreLifecycle(JSON.parse(JSON.stringify(document)))).toBe(restoreLifecycle(document));
  });
});
