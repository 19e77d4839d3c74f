import type { CallHandler, ExecutionContext, NestInterceptor, Type } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Observable } from 'rxjs';
import type { EmbeddedProjector } from '../../read-models/embedded-projector.service';

/**
 * Every report answer says whether the read models it was computed from are complete:
 * `Redress-Projection-State` (`live`, or e.g. `catching-up` after the read models were rebuilt)
 * and `Redress-Projection-Lag` (seconds behind the store, 0 when live).
 */
export class ProjectionStateInterceptor implements NestInterceptor {
  constructor(
    private readonly projector: EmbeddedProjector,
    private readonly controllers: readonly Type[],
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const status = this.projector.readModelStatus();
    if (status && this.controllers.includes(context.getClass())) {
      const reply = context.switchToHttp().getResponse<FastifyReply>();
      void reply.header('redress-projection-state', status.state);
      void reply.header('redress-projection-lag', String(status.lagSeconds));
    }
    return next.handle();
  }
}
