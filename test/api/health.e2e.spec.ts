import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { PolicyRegistry } from '@redress/complaints';
import { AppModule } from '../../apps/api/src/app.module';

describe('GET /health', () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter());
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('reports ok and the Code policy in force', async () => {
    const response = await app.getHttpAdapter().getInstance().inject({
      method: 'GET',
      url: '/health',
    });

    expect(response.statusCode).toBe(200);
    const policyVersion = PolicyRegistry.default().current().version;
    expect(policyVersion).toMatch(/\S/);
    expect(response.json()).toEqual({ status: 'ok', policyVersion });
  });
});
