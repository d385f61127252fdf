import { ApolloProvider } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { LogoutDocument, MeDocument, type MeQuery } from '../../generated/graphql';
import { makeApolloClient } from '../apollo';
import { SessionClock } from './idle';
import { forgetAllTyping } from './kept-typing';

export type SessionUser = MeQuery['me'];

export type SessionStatus = 'loading' | 'signedOut' | 'signedIn';

export interface Session {
  status: SessionStatus;
  user: SessionUser | null;
  /** True once a signed-in session ended without the person signing out (idle or absolute limit, or elsewhere). */
  ended: boolean;
  /** The predicted end of the session (ms since the epoch), for the idle warning; null when unknown. */
  endsAt: number | null;
  canExtend: boolean;
  /** After a sign-in mutation: reads who is signed in. */
  refresh: () => Promise<SessionUser | null>;
  /** Asks the server whether the session still holds, which renews its idle limit. */
  stay: () => Promise<void>;
  signOut: () => Promise<void>;
  /** Forgets that a session ended (the person has read the page saying so). */
  acknowledgeEnd: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** Who is signed in (by the session cookie, through `me`), and the Apollo client the pages use. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const clock = useRef(new SessionClock());
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [user, setUser] = useState<SessionUser | null>(null);
  const [ended, setEnded] = useState(false);
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const statusRef = useRef<SessionStatus>('loading');
  statusRef.current = status;
  // Each reading of `me` is numbered: only the latest one's answer counts. A page opened from a mailed link signs
  // in while the first reading (sent before the cookie existed) may still be on its way back.
  const readings = useRef(0);
  // Counts sign-ins, so that a request sent before one cannot end the session it began.
  const signIns = useRef(0);

  const end = useCallback((expired: boolean) => {
    clock.current.reset();
    statusRef.current = 'signedOut';
    setEndsAt(null);
    setUser(null);
    setStatus('signedOut');
    if (expired) setEnded(true);
  }, []);

  const client = useMemo(
    () =>
      makeApolloClient({
        onActivity: () => {
          clock.current.activity(Date.now());
          setEndsAt(clock.current.endsAt);
        },
        currentSignIn: () => signIns.current,
        onUnauthenticated: (signIn) => {
          if (statusRef.current === 'signedIn' && signIn === signIns.current) end(true);
        },
      }),
    [end],
  );

  const refresh = useCallback(async (): Promise<SessionUser | null> => {
    const started = Date.now();
    const reading = ++readings.current;
    const result = await client
      // Not joined to a reading already on its way: that one may have left before a sign-in set the cookie.
      .query({ query: MeDocument, fetchPolicy: 'network-only', context: { queryDeduplication: false } })
      .catch(() => null);
    const me = result?.data?.me ?? null;
    if (reading !== readings.current) return me;
    if (!me) {
      end(false);
      return null;
    }
    // Typing kept across a session's end belongs to whoever typed it: another person signing in gets none of it.
    forgetAllTyping(me.id);
    if (statusRef.current !== 'signedIn') {
      signIns.current += 1;
      statusRef.current = 'signedIn';
    }
    clock.current.observe(me.sessionExpiresAt, started);
    setEndsAt(clock.current.endsAt);
    setUser(me);
    setStatus('signedIn');
    setEnded(false);
    return me;
  }, [client, end]);

  const signOut = useCallback(async () => {
    await client.mutate({ mutation: LogoutDocument }).catch(() => undefined);
    await client.clearStore();
    forgetAllTyping();
    end(false);
  }, [client, end]);

  const stay = useCallback(async () => {
    await refresh();
  }, [refresh]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // Past the predicted end the server has ended the session: say so, and drop what the pages showed.
  useEffect(() => {
    if (status !== 'signedIn' || endsAt === null) return;
    const timer = window.setTimeout(
      () => {
        void client.clearStore();
        end(true);
      },
      Math.max(0, endsAt - Date.now()),
    );
    return () => window.clearTimeout(timer);
  }, [client, end, endsAt, status]);

  const session = useMemo<Session>(
    () => ({
      status,
      user,
      ended,
      endsAt,
      canExtend: clock.current.canExtend,
      refresh,
      stay,
      signOut,
      acknowledgeEnd: () => setEnded(false),
    }),
    [status, user, ended, endsAt, refresh, stay, signOut],
  );

  return (
    <ApolloProvider client={client}>
      <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
    </ApolloProvider>
  );
}
