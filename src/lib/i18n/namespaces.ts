/**
 * Namespaces, one per area of the product; `common` is on every page. Apart from the locale
 * files themselves (resources.ts, server only), so that the browser's bundle, which needs the
 * names, never carries the strings of all thirteen languages.
 */
export const NAMESPACES = ['common', 'participant', 'staff', 'email', 'results', 'privacy'] as const;
export type Namespace = (typeof NAMESPACES)[number];
