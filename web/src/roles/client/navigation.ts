import type { NavigationItem } from '../../app/navigation';

export const clientNavigation: NavigationItem[] = [{ to: '/client', label: 'client:nav.offers' }];
