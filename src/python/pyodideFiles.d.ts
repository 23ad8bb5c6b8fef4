/** Written by src/python/vitePlugin.ts: the size of each Pyodide file the site serves. */
declare module 'virtual:pyodide-files' {
  export const sizes: Record<string, number>;
}
