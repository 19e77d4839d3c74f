/** Where a command writes; passed in rather than taken from `process` so commands stay testable. */
export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  /** Returns the process exit code (audit commands read the store, so may be async). */
  run(args: readonly string[], io: CliIo): number | Promise<number>;
}
