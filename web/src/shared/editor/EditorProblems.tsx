import type { TFunction } from 'i18next';
import { Button, ButtonVariant, Notification } from 'hds-react';

interface EditorProblemsProps {
  t: TFunction;
  /** The page's key prefix: `${prefix}.stale.*`, `${prefix}.failed`, `${prefix}.problems`. */
  prefix: string;
  stale: boolean;
  /** The stale-version conflict's two ways out: load what the other person saved, or save this over it. */
  onReload: () => void;
  onOverwrite: () => void;
  failure: string | null;
  errors: Record<string, string>;
  /** The field's name in the list, and the id its link goes to. */
  fieldName: (path: string) => string;
  anchorOf: (path: string) => string;
}

/** An editor's conflict, refusal and list of problems, each problem a link to its field. */
export function EditorProblems({
  t,
  prefix,
  stale,
  onReload,
  onOverwrite,
  failure,
  errors,
  fieldName,
  anchorOf,
}: EditorProblemsProps) {
  const errorList = Object.entries(errors);
  return (
    <>
      {stale && (
        <Notification
          type="alert"
          label={t(`${prefix}.stale.title`)}
          notificationAriaLabel={t('common:app.notification')}
        >
          <p>{t(`${prefix}.stale.body`)}</p>
          <div className="actions">
            <Button variant={ButtonVariant.Secondary} onClick={onReload}>
              {t(`${prefix}.stale.reload`)}
            </Button>
            <Button variant={ButtonVariant.Secondary} onClick={onOverwrite}>
              {t(`${prefix}.stale.overwrite`)}
            </Button>
          </div>
        </Notification>
      )}
      {failure && (
        <Notification type="error" label={t(`${prefix}.failed`)} notificationAriaLabel={t('common:app.notification')}>
          {failure}
        </Notification>
      )}
      {errorList.length > 0 && (
        <Notification
          type="error"
          label={t(`${prefix}.problems`, { count: errorList.length })}
          notificationAriaLabel={t('common:app.notification')}
        >
          <ul>
            {errorList.map(([path, message]) => (
              <li key={path}>
                <a href={`#${anchorOf(path)}`}>{`${fieldName(path)}: ${message}`}</a>
              </li>
            ))}
          </ul>
        </Notification>
      )}
    </>
  );
}
