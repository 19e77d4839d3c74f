import type { LoggerService } from '@nestjs/common';
import type { Logger } from 'pino';

/** Nest's own logging (start-up, the projector, problems) as JSON lines on the api's pino logger. */
export class PinoLoggerService implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  /** Nest passes `(message, stack?, context?)` for errors. */
  error(message: unknown, ...rest: unknown[]): void {
    const context =
      rest.length > 1
        ? rest.at(-1)
        : typeof rest[0] === 'string' && !rest[0].includes('\n')
          ? rest[0]
          : undefined;
    const stack = rest.length > 1 ? rest[0] : context === undefined ? rest[0] : undefined;
    this.logger.error(
      {
        context,
        ...(stack ? { stack } : {}),
        ...(message instanceof Error ? { err: message } : {}),
      },
      message instanceof Error ? message.message : String(message),
    );
  }

  private write(
    level: 'info' | 'warn' | 'debug' | 'trace' | 'fatal',
    message: unknown,
    rest: unknown[],
  ): void {
    const context = typeof rest.at(-1) === 'string' ? rest.at(-1) : undefined;
    if (typeof message === 'object' && message !== null)
      this.logger[level]({ context, ...message });
    else this.logger[level]({ context }, String(message));
  }
}
