import { Controller, Get } from '@nestjs/common';
import { Public } from '../auth/auth.decorators';
import { PolicyRegistry } from '@redress/complaints';

export interface HealthResponse {
  readonly status: 'ok';
  /** The Code policy new complaints are received under, so operators can see what is in force. */
  readonly policyVersion: string;
}

@Public()
@Controller('health')
export class HealthController {
  private readonly policies = PolicyRegistry.default();

  @Get()
  check(): HealthResponse {
    return { status: 'ok', policyVersion: this.policies.current().version };
  }
}
