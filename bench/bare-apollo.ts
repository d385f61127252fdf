/**
 * The yardstick of the read benchmark: a bare Apollo server answering `{ hello }` and nothing else, started by the
 * bench as its own process (like the API) on the port given as the first argument.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

async function main(): Promise<void> {
  const server = new ApolloServer({
    typeDefs: 'type Query { hello: String! }',
    resolvers: { Query: { hello: () => 'world' } },
  });
  const { url } = await startStandaloneServer(server, { listen: { port: Number(process.argv[2]), host: '127.0.0.1' } });
  process.stdout.write(`bare apollo listening on ${url}\n`);
  process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
