import DataLoader from 'dataloader';

/**
 * The name of every per-request loader, in one list: a loader is found by name, so two features must not pick
 * the same one for different values. A page loader's name carries its arguments (one loader per argument set).
 */
export type LoaderName =
  | 'organisation'
  | 'job'
  | 'jobTask'
  | 'jobTasksOfVersion'
  | 'client'
  | 'clientIdentity'
  | 'consentHistory'
  | 'profile'
  | 'profilesOfClient'
  | 'matchOfPair'
  | 'proposalEvents'
  | 'offersOfProfile'
  | 'jobAdvice'
  | `jobMatches:${string}`
  | `profileMatches:${string}`;

/** Per-request DataLoaders, made on first use so a request pays only for the loaders it needs. */
export class LoaderRegistry {
  private readonly loaders = new Map<LoaderName, DataLoader<unknown, unknown>>();

  get<K, V>(name: LoaderName, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    const existing = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (existing) return existing;
    const loader = new DataLoader<K, V>(batch, { maxBatchSize: 500 });
    this.loaders.set(name, loader);
    return loader;
  }

  /** Rows by id: `fetch` answers the rows it finds, in any order; a missing id loads as null. */
  byId<V extends { id: string }>(
    name: LoaderName,
    fetch: (ids: readonly string[]) => Promise<readonly V[]>,
  ): DataLoader<string, V | null> {
    return this.get<string, V | null>(name, async (ids) => {
      const found = new Map((await fetch(ids)).map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    });
  }

  /** Lists by key: `fetch` answers every row of the keys, `keyOf` says whose; a key without rows loads as []. */
  grouped<K, V>(
    name: LoaderName,
    fetch: (keys: readonly K[]) => Promise<readonly V[]>,
    keyOf: (row: V) => K,
  ): DataLoader<K, V[]> {
    return this.get<K, V[]>(name, async (keys) => {
      const byKey = new Map<K, V[]>(keys.map((key) => [key, []]));
      for (const row of await fetch(keys)) byKey.get(keyOf(row))?.push(row);
      return keys.map((key) => byKey.get(key) ?? []);
    });
  }
}
