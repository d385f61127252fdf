import type { Role } from '../generated/graphql';
import { clientNavigation } from '../roles/client/navigation';
import { coordinatorNavigation } from '../roles/coordinator/navigation';
import { employerNavigation } from '../roles/employer/navigation';

/** A link of a role's navigation; `label` is a catalogue key (with its namespace). */
export interface NavigationItem {
  to: string;
  label: string;
}

export function navigationFor(role: Role): NavigationItem[] {
  switch (role) {
    case 'CLIENT':
      return clientNavigation;
    case 'EMPLOYER':
      return employerNavigation;
    case 'COORDINATOR':
      return coordinatorNavigation;
    case 'ADMIN':
      return [];
  }
}

/** Where each role starts after signing in. */
export const HOME_OF: Record<Role, string> = {
  CLIENT: '/client',
  EMPLOYER: '/employer',
  COORDINATOR: '/coordinator',
  ADMIN: '/',
};
