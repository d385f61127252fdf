import type { ApolloServerPlugin } from '@apollo/server';
import type { MetricsService } from './metrics.service';

/**
 * Counts operations by type, name and outcome. Callers choose operation names, so the label is bounded: names of
 * METRICS_OPERATION_NAMES are kept, any other name counts as `other`, and unnamed or unparsed operations as
 * `anonymous`. Outcomes are the contract's error codes, also a fixed set.
 */
export function graphqlMetricsPlugin(metrics: MetricsService, known: ReadonlySet<string>): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, operationName, response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const code = errors?.[0]?.extensions?.code;
          const outcome = !errors?.length ? 'ok' : typeof code === 'string' ? code : 'error';
          metrics.graphqlOperations.inc({
            type: operation?.operation ?? 'unknown',
            name: !operation || !operationName ? 'anonymous' : known.has(operationName) ? operationName : 'other',
            outcome,
          });
        },
      };
    },
  };
}
