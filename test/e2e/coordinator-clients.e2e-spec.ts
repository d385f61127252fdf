import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Account, adminToken, createCoordinator } from '../factories/accounts';
import { createClient } from '../factories/profiles';
import { Stack } from '../utils/stack';

const SEARCH = `query($search: String, $first: Int) {
  clients(search: $search, first: $first) { edges { node { id displayName } } totalCount }
}`;
const RECORD_CONSENT = `mutation($clientId: ID!, $value: Boolean!) {
  recordConsent(clientId: $clientId, shareWithEmployers: $value) { id }
}`;
const HISTORY = `query($id: ID!) { client(id: $id) { consentHistory { shareWithEmployers at byRole } } }`;
const ERASE = 'mutation($clientId: ID!) { eraseClient(clientId: $clientId) }';

interface Found {
  clients: { edges: { node: { id: string; displayName: string } }[]; totalCount: number };
}

describe("the coordinator's clients: search by name, consent history", () => {
  let stack: Stack;
  let coordinator: Account;
  let other: Account;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    stack = await Stack.start();
    const admin = await adminToken(stack);
    [coordinator, other] = await Promise.all([createCoordinator(stack, admin), createCoordinator(stack, admin)]);
    for (const name of ['Liisa Väisänen', 'Åsa-Liisa Berg', 'Matti Virtanen']) {
      ids[name] = (await createClient(stack, coordinator.token, { displayName: name })).id;
    }
    ids.elsewhere = (await createClient(stack, other.token, { displayName: 'Liisa Muualla' })).id;
  });
  afterAll(() => stack.stop());

  async function search(search: string | null, token = coordinator.token, url?: string): Promise<string[]> {
    const data = await stack.ok<Found>(SEARCH, { search, first: 50 }, { token, url });
    expect(data.clients.totalCount).toBe(data.clients.edges.length);
    return data.clients.edges.map((edge) => edge.node.displayName).sort();
  }

  it('finds clients by the beginning of any word of the name, in any case, within the service provider', async () => {
    expect(await search('liis')).toEqual(['Liisa Väisänen', 'Åsa-Liisa Berg']);
    expect(await search('VÄIS')).toEqual(['Liisa Väisänen']);
    expect(await search('li be')).toEqual(['Åsa-Liisa Berg']);
    expect(await search('åsa')).toEqual(['Åsa-Liisa Berg']);
    expect(await search('isa')).toEqual([]);
    expect(await search('liis', other.token)).toEqual(['Liisa Muualla']);
  });

  it('lists everyone when the search has no word of two letters', async () => {
    expect(await search('l')).toHaveLength(3);
    expect(await search(null)).toHaveLength(3);
  });

  it('stores no name or prefix in clear, and erasing a client removes its tokens', async () => {
    const { rows } = await stack.db.query<{ token: Buffer }>(
      'SELECT token FROM client_name_token WHERE client_id = $1',
      [ids['Liisa Väisänen']],
    );
    // li, lii, liis, liisa; vä, väi, ... väisänen
    expect(rows).toHaveLength(4 + 7);
    for (const { token } of rows) {
      expect(token).toHaveLength(16);
      expect(token.toString('utf8')).not.toMatch(/li|vä/i);
    }
    await stack.ok(ERASE, { clientId: ids['Liisa Väisänen'] }, { token: coordinator.token });
    const left = await stack.db.query('SELECT 1 FROM client_name_token WHERE client_id = $1', [ids['Liisa Väisänen']]);
    expect(left.rowCount).toBe(0);
    expect(await search('väis')).toEqual([]);
  });

  it('indexes clients created before the index when the API starts, once', async () => {
    // As the migration leaves a client written before the index: no tokens, not marked as indexed.
    await stack.db.query('DELETE FROM client_name_token WHERE client_id = $1', [ids['Matti Virtanen']]);
    await stack.db.query('UPDATE client_identity SET name_indexed = false WHERE client_id = $1', [
      ids['Matti Virtanen'],
    ]);
    expect(await search('virt')).toEqual([]);
    const first = await stack.spawnApi({ LOG_LEVEL: 'info' });
    expect(await search('virt', coordinator.token, first.url)).toEqual(['Matti Virtanen']);
    expect(first.process.logs).toContain('client names indexed for search');
    const { rows } = await stack.db.query<{ unindexed: number }>(
      'SELECT count(*)::int AS unindexed FROM client_identity WHERE NOT name_indexed',
    );
    expect(rows[0].unindexed).toBe(0);
    // A client whose tokens went missing some other way is not looked at again: the flag, not the tokens, decides.
    await stack.db.query('DELETE FROM client_name_token WHERE client_id = $1', [ids['Matti Virtanen']]);
    const second = await stack.spawnApi({ LOG_LEVEL: 'info' });
    expect(await search('virt', coordinator.token, second.url)).toEqual([]);
    expect(second.process.logs).not.toContain('client names indexed for search');
  });

  it("shows the client's consent decisions, newest first, to the client's coordinators only", async () => {
    const clientId = ids['Åsa-Liisa Berg'];
    for (const value of [true, false]) {
      await stack.ok(RECORD_CONSENT, { clientId, value }, { token: coordinator.token });
    }
    const data = await stack.ok<{
      client: { consentHistory: { shareWithEmployers: boolean; at: string; byRole: string }[] };
    }>(HISTORY, { id: clientId }, { token: coordinator.token });
    expect(data.client.consentHistory.map((e) => [e.shareWithEmployers, e.byRole])).toEqual([
      [false, 'COORDINATOR'],
      [true, 'COORDINATOR'],
    ]);
    expect(data.client.consentHistory[0].at >= data.client.consentHistory[1].at).toBe(true);
    const refused = await stack.gql(HISTORY, { id: clientId }, { token: other.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
