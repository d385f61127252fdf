import 'reflect-metadata';
import './common/graphql/enums';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiModule } from './api.module';
import { applyHttpRules, httpAdapter } from './common/http/http';
import { AppLogger } from './common/logging/app-logger';
import { ConfigError, loadConfig } from './config/env';
import { MetricsService } from './metrics/metrics.service';

async function bootstrap(): Promise<void> {
  // Read before the app exists: the adapter takes TRUST_PROXY when it is made.
  const config = loadConfig();
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule, httpAdapter(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  const logger = app.get(AppLogger);
  app.useLogger(logger);
  const webApp = await applyHttpRules(app, config, app.get(MetricsService), logger.pino);
  app.enableShutdownHooks();
  await app.listen(config.port, '0.0.0.0');
  logger.log(`API listening on http://localhost:${config.port}/graphql`);
  logger.log(webApp ? `web app served from ${webApp}` : 'no web app: its directory is absent');
}

bootstrap().catch((error: unknown) => {
  // Configuration errors name every bad variable; print them plainly, without a stack trace.
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
