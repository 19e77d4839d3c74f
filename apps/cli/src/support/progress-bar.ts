import { Presets, SingleBar } from 'cli-progress';

export interface ProgressBar {
  /** Moves the bar; `payload` fills `{name}` placeholders in the format. */
  update(value: number, payload?: Record<string, string | number>): void;
  /** Removes the bar and prints the one line that says how it ended. */
  finish(finalLine: string): void;
}

export interface ProgressBarOptions {
  readonly total: number;
  /** cli-progress format, e.g. `verify [{bar}] {percentage}% {events} events`. */
  readonly format: string;
  /** Where the final line goes (the command's stdout writer). */
  readonly out: (line: string) => void;
  /** The terminal the bar is drawn on; stdout by default. */
  readonly stream?: NodeJS.WriteStream;
}

/**
 * A progress bar for long walks over the log (`verify --all`, `projections rebuild`). When
 * stdout is not a terminal (a pipe, a log file, CI) it draws nothing and prints only the final
 * line, so logs hold one line per run rather than thousands of redraws.
 */
export function progressBar(options: ProgressBarOptions): ProgressBar {
  const stream = options.stream ?? process.stdout;
  if (!stream.isTTY) return { update: () => undefined, finish: (line) => options.out(line) };
  const bar = new SingleBar(
    { format: options.format, stream, hideCursor: true, clearOnComplete: true, fps: 10 },
    Presets.shades_classic,
  );
  bar.start(options.total, 0);
  return {
    update: (value, payload) => bar.update(value, payload),
    finish: (line) => {
      bar.stop();
      options.out(line);
    },
  };
}
