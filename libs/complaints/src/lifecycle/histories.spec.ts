import { statusOf } from './lifecycle';
import { HISTORIES, HISTORY_NAMES } from '../testing/histories';

describe('canonical histories reach every lifecycle state', () => {
  it.each(HISTORY_NAMES)('%s', (name) => {
    const scenario = HISTORIES[name]();
    expect(statusOf(scenario.state.lifecycle)).toBe(name);
  });
});
