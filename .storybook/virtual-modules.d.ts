/** scripts/cem.ts customElementsManifestVitePlugin(): custom-elements.json, analysed on demand. */
declare module 'virtual:iop-custom-elements-manifest' {
  const manifest: { schemaVersion: string; modules: unknown[] };
  export default manifest;
}
