/**
 * The coordinator's clients list for a service provider with many clients: the clients are created through the
 * API (so each has its encrypted identity and its keyed name index, as in use), then the clients page's own query
 * is timed with searches by parts of names, one request at a time.
 */
import { performance } from 'node:perf_hooks';
import { Random } from './data';
import type { BenchStack } from './stack';
import { log, percentile } from './util';

export interface ClientSearchFigures {
  clients: number;
  seedSeconds: number;
  searches: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** the first page without a search, p95 */
  listP95Ms: number;
  /** clients found by a search, on average */
  meanFound: number;
}

const FIRST = [
  'Aino', 'Eino', 'Helmi', 'Juho', 'Kaisa', 'Lauri', 'Maija', 'Niko', 'Oona', 'Pekka', 'Riikka', 'Sami', 'Tiina',
  'Ville', 'Anna', 'Elias', 'Iida', 'Jari', 'Leena', 'Mikko', 'Noora', 'Otto', 'Sanna', 'Teemu', 'Veera', 'Ahmed',
  'Fatima', 'Olga', 'Ivan', 'Sofia',
];
const LAST = [
  'Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen',
  'Järvinen', 'Lehtonen', 'Lehtinen', 'Saarinen', 'Salminen', 'Heinonen', 'Niemi', 'Heikkilä', 'Kinnunen',
  'Salonen', 'Turunen', 'Salo', 'Laitinen', 'Tuominen', 'Rantanen', 'Karjalainen', 'Jokinen', 'Mattila', 'Savolainen',
  'Lahtinen', 'Ahonen', 'Lindqvist', 'Nyström', 'Holmberg', 'Ali', 'Hassan', 'Ivanova', 'Petrov', 'Nguyen',
];

/** What the clients page (web/src/domain/clients/graphql/coordinatorClients.graphql) asks for. */
const CLIENTS_PAGE = `query CoordinatorClients($search: String, $first: Int, $after: String) {
  clients(search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id displayName preferredLanguage consent { shareWithEmployers changedAt }
      profiles { id status updatedAt } } }
  }
}`;

const CONCURRENCY = 8;

export async function measureClientSearch(
  stack: BenchStack,
  coordinatorToken: string,
  clients: number,
  searches: number,
): Promise<ClientSearchFigures> {
  const random = new Random(0xc1e7);
  const names = Array.from(
    { length: clients },
    () => `${FIRST[random.int(0, FIRST.length - 1)]} ${LAST[random.int(0, LAST.length - 1)]}`,
  );
  log(`creating ${clients} clients of one service provider through the API`);
  const seedStarted = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < names.length) {
        const displayName = names[next++];
        await stack.gql(
          'mutation($input: CreateClientInput!) { createClient(input: $input) { id } }',
          { input: { displayName, preferredLanguage: 'FI' } },
          coordinatorToken,
        );
      }
    }),
  );
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  log(`created ${clients} clients in ${seedSeconds.toFixed(1)} s`);

  const timed = async (search: string | null): Promise<[number, number]> => {
    const started = performance.now();
    const data = await stack.gql<{ clients: { totalCount: number } }>(
      CLIENTS_PAGE,
      { search, first: 50 },
      coordinatorToken,
    );
    return [performance.now() - started, data.clients.totalCount];
  };
  // What a coordinator types: the start of a last name, of a first name, or both.
  const query = (): string => {
    const last = LAST[random.int(0, LAST.length - 1)];
    const first = FIRST[random.int(0, FIRST.length - 1)];
    const part = (word: string) => word.slice(0, random.int(2, Math.min(6, word.length)));
    const kind = random.int(0, 2);
    return kind === 0 ? part(last) : kind === 1 ? part(first) : `${part(first)} ${part(last)}`;
  };
  for (let i = 0; i < 10; i++) await timed(query());
  const searchTimes: number[] = [];
  let found = 0;
  for (let i = 0; i < searches; i++) {
    const [ms, count] = await timed(query());
    searchTimes.push(ms);
    found += count;
  }
  const listTimes: number[] = [];
  for (let i = 0; i < 30; i++) listTimes.push((await timed(null))[0]);
  const figures: ClientSearchFigures = {
    clients,
    seedSeconds,
    searches,
    p50Ms: percentile(searchTimes, 50),
    p95Ms: percentile(searchTimes, 95),
    maxMs: Math.max(...searchTimes),
    listP95Ms: percentile(listTimes, 95),
    meanFound: found / searches,
  };
  log(
    `client search at ${clients} clients: p50 ${figures.p50Ms.toFixed(1)} ms, p95 ${figures.p95Ms.toFixed(1)} ms, ` +
      `max ${figures.maxMs.toFixed(1)} ms over ${searches} searches (${figures.meanFound.toFixed(0)} found on average)`,
  );
  return figures;
}

/** One line of the results for the clients list. */
export function clientSearchLine(f: ClientSearchFigures): string {
  return (
    `Clients list of one service provider with ${f.clients.toLocaleString('en')} clients (created through the API in ` +
    `${f.seedSeconds.toFixed(0)} s): a search by parts of names answers in ${f.p50Ms.toFixed(1)} ms (median), ` +
    `${f.p95Ms.toFixed(1)} ms p95, ${f.maxMs.toFixed(1)} ms at most over ${f.searches} searches of the clients page's ` +
    `query (first 50, ${f.meanFound.toFixed(0)} clients found on average); the first page without a search ` +
    `${f.listP95Ms.toFixed(1)} ms p95.`
  );
}
