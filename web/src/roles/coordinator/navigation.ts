import type { NavigationItem } from '../../app/navigation';

export const coordinatorNavigation: NavigationItem[] = [
  { to: '/coordinator', label: 'coordinator:nav.home' },
  { to: '/coordinator/clients', label: 'coordinator:nav.clients' },
  { to: '/coordinator/proposals', label: 'coordinator:work.nav.proposals' },
  { to: '/coordinator/results', label: 'coordinator:work.nav.results' },
  { to: '/coordinator/settings', label: 'common:settings.nav' },
];
