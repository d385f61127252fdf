import { Button, ButtonVariant, Dialog } from 'hds-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WARN_BEFORE_MS } from './idle';
import { useSession } from './SessionProvider';

/** A minute before the session's end: a dialog that offers to stay signed in (or to sign out now). */
export function IdleWarning() {
  const { t } = useTranslation();
  const session = useSession();
  const [open, setOpen] = useState(false);
  // Where the person was when the dialog opened by itself: focus goes back there when it closes.
  const before = useRef<HTMLElement | undefined>(undefined);
  const { status, endsAt } = session;

  useEffect(() => {
    setOpen(false);
    if (status !== 'signedIn' || endsAt === null) return;
    const timer = window.setTimeout(
      () => {
        before.current = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
        setOpen(true);
      },
      Math.max(0, endsAt - WARN_BEFORE_MS - Date.now()),
    );
    return () => window.clearTimeout(timer);
  }, [status, endsAt]);

  if (!open) return null;
  const until = new Date(endsAt ?? Date.now());
  const time = until.toLocaleTimeString(document.documentElement.lang, { hour: '2-digit', minute: '2-digit' });
  return (
    <Dialog
      id="idle-warning"
      aria-labelledby="idle-warning-title"
      aria-describedby="idle-warning-text"
      isOpen
      focusAfterCloseElement={before.current}
      close={() => setOpen(false)}
      closeButtonLabelText={t('idle.close')}
    >
      <Dialog.Header id="idle-warning-title" title={t('idle.title')} />
      <Dialog.Content>
        <p id="idle-warning-text">{session.canExtend ? t('idle.body', { time }) : t('idle.bodyFinal', { time })}</p>
      </Dialog.Content>
      <Dialog.ActionButtons>
        {session.canExtend && (
          <Button
            onClick={() => {
              setOpen(false);
              void session.stay();
            }}
          >
            {t('idle.stay')}
          </Button>
        )}
        <Button variant={ButtonVariant.Secondary} onClick={() => void session.signOut()}>
          {t('idle.signOut')}
        </Button>
      </Dialog.ActionButtons>
    </Dialog>
  );
}
