/**
 * Hosts where DiploLens runs by itself (manifest host_permissions and content-script matches): each site adapter
 * declares its own (utils/sites/*). Anywhere else it runs only when the reader asks, through activeTab + scripting.
 * The permissions audit test (tests/e2e/manifest.e2e.ts) holds the built manifest to this list.
 */
import { siteMatches } from './sites/registry';

export const HOST_MATCHES: string[] = siteMatches();
