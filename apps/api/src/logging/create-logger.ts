import pino, { type DestinationStream, type Logger } from 'pino';
import type { RedressConfig } from '@redress/config';

/**
 * The one pino logger of the api: Fastify logs requests through it and Nest logs everything
 * else through PinoLoggerService over it, so every line is JSON on the same stream (stdout
 * unless a test gives another). Credentials are redacted wherever they might appear.
 */
export function createLogger(config: RedressConfig, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization'],
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}
