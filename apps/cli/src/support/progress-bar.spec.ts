import { PassThrough } from 'node:stream';
import { progressBar } from './progress-bar';

function fakeStream(isTTY: boolean) {
  const stream = Object.assign(new PassThrough(), {
    isTTY,
    columns: 80,
    cursorTo: () => true,
    clearLine: () => true,
    moveCursor: () => true,
  });
  let written = '';
  stream.on('data', (chunk: Buffer) => (written += chunk.toString()));
  return { stream: stream as unknown as NodeJS.WriteStream, written: () => written };
}

describe('progressBar', () => {
  it('draws nothing and prints only the final line when stdout is not a terminal', () => {
    const { stream, written } = fakeStream(false);
    const lines: string[] = [];
    const bar = progressBar({
      total: 100,
      format: '{bar} {percentage}%',
      out: (l) => lines.push(l),
      stream,
    });
    for (let i = 0; i <= 100; i += 10) bar.update(i);
    bar.finish('done: 100 events');
    expect(written()).toBe('');
    expect(lines).toEqual(['done: 100 events']);
  });

  it('draws on a terminal, then prints the final line', () => {
    const { stream, written } = fakeStream(true);
    const lines: string[] = [];
    const bar = progressBar({
      total: 10,
      format: 'walk [{bar}] {percentage}%',
      out: (l) => lines.push(l),
      stream,
    });
    bar.update(5);
    bar.finish('done');
    expect(written()).toContain('walk [');
    expect(lines).toEqual(['done']);
  });
});
