import defaultLogo from './jobcenter-logo.svg';

/**
 * Who runs this Jobcenter: the service's name and logo, and the operator's contact and accessibility-statement
 * pages. Jobcenter serves many employment areas, so these come from the build's environment (see web/README.md),
 * with a neutral Jobcenter default; no city's logo is shown unless an operator configures it.
 */
export interface ServiceConfig {
  name: string;
  logoUrl: string;
  /** The operator's name, shown in the footer; empty when not configured. */
  operator: string;
  contactUrl: string;
  accessibilityUrl: string;
}

const env = import.meta.env;

export const serviceConfig: ServiceConfig = {
  name: env.VITE_SERVICE_NAME || 'Jobcenter',
  logoUrl: env.VITE_SERVICE_LOGO_URL || defaultLogo,
  operator: env.VITE_OPERATOR_NAME || '',
  contactUrl: env.VITE_OPERATOR_CONTACT_URL || '',
  accessibilityUrl: env.VITE_ACCESSIBILITY_STATEMENT_URL || '',
};
