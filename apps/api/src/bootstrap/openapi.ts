import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** The OpenAPI document at /openapi.json and Swagger UI at /docs (both public). */
export function mountOpenApi(app: NestFastifyApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Redress')
    .setDescription(
      'Complaint handling under the Housing Ombudsman Complaint Handling Code. Every command is recorded as an immutable event with who did it and why. Errors are RFC 9457 problem details with a stable `code`.',
    )
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json' });
}
