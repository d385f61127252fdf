import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env';
import { graphqlMetricsPlugin } from '../../metrics/graphql-metrics.plugin';
import { MetricsService } from '../../metrics/metrics.service';
import { makeFormatError } from '../errors/format-error';
import { AppLogger } from '../logging/app-logger';
import { buildContext, type HttpRequest } from './context';
import { costLimitPlugin } from './cost';
import { domainErrorLogPlugin } from './error-log.plugin';
import { armor, inputRulesPlugin, LIMITS, noSubscriptions } from './limits';
import { responseCookiePlugin } from './response-cookie.plugin';

const logger = new Logger('GraphQL');

/** Code-first GraphQL on Apollo 5 at POST /graphql, with the API's ground rules (README: "API ground rules"). */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG, MetricsService, AppLogger],
      useFactory: (config: AppConfig, metrics: MetricsService, appLogger: AppLogger): ApolloDriverConfig => {
        const limits = armor();
        return {
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          buildSchemaOptions: { dateScalarMode: 'isoDate', numberScalarMode: 'float' },
          // No landing page: Apollo's load from a CDN. Outside production the web app's bundled explorer answers a
          // browser at /graphql (common/http/web-app.ts).
          playground: false,
          introspection: !config.production,
          includeStacktraceInErrorResponses: false,
          hideSchemaDetailsFromClientErrors: config.production,
          allowBatchedHttpRequests: false,
          csrfPrevention: true,
          validationRules: [...limits.validationRules, noSubscriptions],
          parseOptions: { maxTokens: LIMITS.maxTokens },
          // Clients send whole documents; a persisted-query hash is refused as input, not half-handled.
          persistedQueries: false,
          // Cast: @nestjs/apollo is typed against Apollo's ESM build and this file against its CommonJS build.
          plugins: [
            // No cache hints are used, and the HTTP layer marks every answer `no-store`: skip the per-field hook.
            ApolloServerPluginCacheControlDisabled(),
            ...limits.plugins,
            costLimitPlugin(LIMITS.maxCost),
            inputRulesPlugin(),
            graphqlMetricsPlugin(metrics, config.metricsOperationNames),
            domainErrorLogPlugin(appLogger.pino),
            responseCookiePlugin(),
          ] as unknown as ApolloDriverConfig['plugins'],
          formatError: makeFormatError({ production: config.production, log: (error) => logger.error(error) }),
          // Apollo's Fastify integration calls this with the request itself.
          context: (request: HttpRequest) => buildContext(request),
        };
      },
    }),
  ],
})
export class AppGraphQLModule {}
