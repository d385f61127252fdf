import { useEffect } from 'react';
import { serviceConfig } from '../app/service-config';

/** Each page names itself in the browser's title, so that tabs, history and screen readers tell pages apart. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – ${serviceConfig.name}`;
  }, [title]);
}
