import type { NavigationItem } from '../../app/navigation';

export const coordinatorNavigation: NavigationItem[] = [
  { to: '/coordinator', label: 'coordinator:nav.home' },
  { to: '/coordinator/clients', label: 'coordinator:nav.clients' },
  { to: '/coordinator/settings', label: 'common:settings.nav' },
];
