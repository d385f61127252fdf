import type { ApolloServerPlugin } from '@apollo/server';
import type { MetricsService } from './metrics.service';

/** Counts operations by type, name and outcome. Names are bounded: anonymous and unparsed operations share one. */
export function graphqlMetricsPlugin(metrics: MetricsService): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, operationName, response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const code = errors?.[0]?.extensions?.code;
          const outcome = !errors?.length ? 'ok' : typeof code === 'string' ? code : 'error';
          metrics.graphqlOperations.inc({
            type: operation?.operation ?? 'unknown',
            name: operation && operationName ? operationName.slice(0, 64) : 'anonymous',
            outcome,
          });
        },
      };
    },
  };
}
