/** Maps `/src/locales/<lng>.json` to `common` and `/src/features/<name>/locales/<lng>.json` to `<name>`. */
export function namespaceOfCatalog(path: string): string {
  const feature = /\/features\/([^/]+)\/locales\/[^/]+\.json$/.exec(path);
  return feature?.[1] ?? 'common';
}

export function namespacesFromModules(modules: Record<string, Record<string, unknown>>): Record<string, Record<string, unknown>> {
  return Object.fromEntries(Object.entries(modules).map(([path, bundle]) => [namespaceOfCatalog(path), bundle]));
}
