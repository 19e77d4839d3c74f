import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter());
  app.enableShutdownHooks();
  const port = Number(process.env.PORT ?? 3000);
  // Loopback by default so a development run is not reachable from the network by accident.
  const host = process.env.HOST ?? '127.0.0.1';
  await app.listen(port, host);
  console.log(`Redress api listening on http://${host}:${port}`);
}

void bootstrap();
