import { NeedsAttentionPage } from '../../domain/attention/NeedsAttentionPage';

/** The coordinator's start page: what needs attention, most urgent first. */
export function CoordinatorHomePage() {
  return <NeedsAttentionPage />;
}
