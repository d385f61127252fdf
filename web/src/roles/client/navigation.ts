import type { NavigationItem } from '../../app/navigation';

export const clientNavigation: NavigationItem[] = [
  { to: '/client', label: 'client:nav.offers' },
  { to: '/client/consent', label: 'client:nav.consent' },
  { to: '/client/views', label: 'client:nav.views' },
];
