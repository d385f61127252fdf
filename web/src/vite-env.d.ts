/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_SERVICE_NAME?: string;
  readonly VITE_SERVICE_LOGO_URL?: string;
  readonly VITE_OPERATOR_NAME?: string;
  readonly VITE_OPERATOR_CONTACT_URL?: string;
  readonly VITE_ACCESSIBILITY_STATEMENT_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
