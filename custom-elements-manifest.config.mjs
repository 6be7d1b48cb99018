// @custom-elements-manifest/analyzer config, used by `npm run build` (scripts/build.ts):
// documents every iop-* element from its JSDoc (@summary, @event, @slot, @csspart,
// @cssprop, property comments) into custom-elements.json at the package root.
//
// Registration is separate from the classes (src/define/<element>.ts calls
// `defineElement('iop-x', Class)`), which the analyzer does not know; the plugin below
// reads those calls so each class gets its tagName and each define module its
// `custom-element-definition` export.

/** Tag names from `defineElement('iop-…', Class)` calls in src/define/*.ts. */
function defineElementPlugin() {
  /** @type {{ tagName: string, className: string, modulePath: string }[]} */
  const definitions = [];
  return {
    name: 'iop-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, ctor] = node.arguments;
      if (!tag || !ctor || !ts.isStringLiteralLike(tag) || !ts.isIdentifier(ctor)) return;
      definitions.push({ tagName: tag.text, className: ctor.text, modulePath: moduleDoc.path });
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      // define.ts's own `customElements.define(name, ctor)` is not a definition of any tag.
      for (const m of modules) {
        if (m.exports) m.exports = m.exports.filter((e) => e.kind !== 'custom-element-definition' || e.name.includes('-'));
      }
      for (const def of definitions) {
        const home = modules.find((m) => (m.declarations ?? []).some((d) => d.customElement && d.name === def.className));
        if (!home) continue;
        const decl = home.declarations.find((d) => d.name === def.className);
        decl.tagName = def.tagName;
        const defining = modules.find((m) => m.path === def.modulePath);
        if (defining) {
          defining.exports ??= [];
          if (!defining.exports.some((e) => e.kind === 'custom-element-definition' && e.name === def.tagName)) {
            defining.exports.push({ kind: 'custom-element-definition', name: def.tagName, declaration: { name: def.className, module: home.path } });
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/define/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/*.test.ts', 'src/components/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // Never rewrite package.json: its "customElements" field is set by hand.
  packagejson: false,
  plugins: [defineElementPlugin()],
};
