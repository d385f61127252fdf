/** What the clients list shows of a client: pure, so that it is tested without a page. */
export interface ClientRowInput {
  consent: { shareWithEmployers: boolean; changedAt?: string | null };
  profiles: readonly { status: string; updatedAt: string }[];
}

export interface ClientRow {
  /** The profile status to show: the most recently changed profile's, or null without a profile. */
  profileStatus: string | null;
  /** The newest of the profiles' changes and the consent's change, or null when nothing happened yet. */
  latestActivity: string | null;
  sharing: boolean;
}

export function clientRow(client: ClientRowInput): ClientRow {
  const newestProfile = [...client.profiles].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  const times = [newestProfile?.updatedAt, client.consent.changedAt ?? undefined].filter((time): time is string =>
    Boolean(time),
  );
  return {
    profileStatus: newestProfile?.status ?? null,
    latestActivity: times.length > 0 ? times.reduce((a, b) => (a > b ? a : b)) : null,
    sharing: client.consent.shareWithEmployers,
  };
}
