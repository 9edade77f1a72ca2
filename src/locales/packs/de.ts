import { namespacesFromModules } from './namespaces';

// Every German string of the app in one chunk: src/locales/de.json is `common`, each
// src/features/<feature>/locales/de.json is the namespace `<feature>`.
export default namespacesFromModules(
  import.meta.glob<Record<string, unknown>>(['/src/locales/de.json', '/src/features/*/locales/de.json'], {
    eager: true,
    import: 'default',
  }),
);
