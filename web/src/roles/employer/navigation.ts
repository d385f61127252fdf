import type { NavigationItem } from '../../app/navigation';

export const employerNavigation: NavigationItem[] = [
  { to: '/employer', label: 'employer:nav.jobs' },
  { to: '/employer/jobs/new', label: 'employer:nav.newJob' },
  { to: '/employer/proposals', label: 'employer:nav.proposals' },
  { to: '/employer/settings', label: 'common:settings.nav' },
];
