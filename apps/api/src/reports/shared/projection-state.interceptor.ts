import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Observable } from 'rxjs';
import { EmbeddedProjector } from '../../read-models/embedded-projector.service';

/**
 * Every report answer says whether the read models it was computed from are complete:
 * `Redress-Projection-State` (`live`, or e.g. `catching-up` after the read models were rebuilt)
 * and `Redress-Projection-Lag` (seconds behind the store, 0 when live). Bound to the report
 * controllers alone: a global interceptor would put every command through Nest's interceptor
 * chain (an observable per request) for headers it never sends.
 */
@Injectable()
export class ProjectionStateInterceptor implements NestInterceptor {
  constructor(private readonly projector: EmbeddedProjector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const status = this.projector.readModelStatus();
    if (status) {
      const reply = context.switchToHttp().getResponse<FastifyReply>();
      void reply.header('redress-projection-state', status.state);
      void reply.header('redress-projection-lag', String(status.lagSeconds));
    }
    return next.handle();
  }
}
