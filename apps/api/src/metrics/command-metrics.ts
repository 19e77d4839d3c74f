import { Injectable } from '@nestjs/common';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export type CommandOutcomeLabel = 'accepted' | 'replayed' | 'refused' | 'conflict' | 'error';

/** Prometheus metrics: commands by type and outcome, and how long they took. */
@Injectable()
export class CommandMetrics {
  readonly registry = new Registry();
  private readonly commands = new Counter({
    name: 'redress_commands_total',
    help: 'Commands handled, by command type, outcome and refusal code',
    labelNames: ['command', 'outcome', 'code'] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'redress_command_duration_seconds',
    help: 'Time from receiving a command to its durable append or refusal',
    labelNames: ['command'] as const,
    buckets: [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'redress_' });
  }

  record(command: string, outcome: CommandOutcomeLabel, seconds: number, code = ''): void {
    this.commands.inc({ command, outcome, code });
    this.latency.observe({ command }, seconds);
  }
}
