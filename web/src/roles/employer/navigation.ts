import type { NavigationItem } from '../../app/navigation';

export const employerNavigation: NavigationItem[] = [{ to: '/employer', label: 'employer:nav.home' }];
