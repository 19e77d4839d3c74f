import { Injectable } from '@nestjs/common';

export interface SubscriptionStatusSource {
  readonly name: string;
  /** A state such as 'live', 'catching-up', 'reconnecting', 'retrying', 'failed', 'stopped'. */
  status(): { state: string; [detail: string]: unknown };
}

/** Running subscriptions register here so the health check can report them (issue: never silent). */
@Injectable()
export class SubscriptionStatusRegistry {
  private readonly sources: SubscriptionStatusSource[] = [];

  register(source: SubscriptionStatusSource): void {
    this.sources.push(source);
  }

  snapshot(): { name: string; state: string; [detail: string]: unknown }[] {
    return this.sources.map((s) => ({ ...s.status(), name: s.name }));
  }
}
