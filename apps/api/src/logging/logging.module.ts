import type { DynamicModule } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { RedressConfig } from '@redress/config';
import { correlationIdFor } from './correlation-id';

/** Structured JSON logs (pino), one line per request with its correlation id; tokens redacted. */
export function loggingModule(config: RedressConfig): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      level: config.logLevel,
      genReqId: (req: IncomingMessage) => correlationIdFor(req),
      customProps: (req: IncomingMessage) => ({ correlationId: correlationIdFor(req) }),
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      quietReqLogger: true,
    },
  });
}
