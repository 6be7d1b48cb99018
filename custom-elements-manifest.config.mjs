// @custom-elements-manifest/analyzer config, used by `npm run build` (scripts/build.ts),
// by Storybook (.storybook/vite.config.ts) and by the tests (scripts/cem.ts): documents every
// iop-* element from its JSDoc (@summary, @event, @slot, @csspart, @cssprop, property
// comments) into custom-elements.json at the package root.
//
// Registration is separate from the classes (src/define/<element>.ts calls
// `defineElement('iop-x', Class)`), which the analyzer does not know; the plugin below
// reads those calls so each class gets its tagName (and counts as a custom element: the
// analyzer's own heuristic only knows classes that extend LitElement/HTMLElement directly,
// not subclasses of IopElement) and each define module its `custom-element-definition` export.

/** Tag names from `defineElement('iop-…', Class)` calls in src/define/*.ts. */
function defineElementPlugin() {
  /** @type {{ tagName: string, className: string, classModule: string | undefined, modulePath: string }[]} */
  const definitions = [];
  /** `src/a/b.ts` for `/src/a/b.js`, `./src/a/b.ts`, … */
  const norm = (path) => path.replace(/^\.?\//, '').replace(/\.js$/, '.ts');
  return {
    name: 'iop-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, ctor] = node.arguments;
      if (!tag || !ctor || !ts.isStringLiteralLike(tag) || !ts.isIdentifier(ctor)) return;
      // The module the class is imported from, so two classes of one name cannot be confused.
      let classModule;
      for (const stmt of node.getSourceFile().statements) {
        if (!ts.isImportDeclaration(stmt) || !ts.isStringLiteral(stmt.moduleSpecifier)) continue;
        const bindings = stmt.importClause?.namedBindings;
        if (!bindings || !ts.isNamedImports(bindings)) continue;
        if (!bindings.elements.some((e) => e.name.text === ctor.text)) continue;
        const from = moduleDoc.path.split('/').slice(0, -1);
        for (const seg of stmt.moduleSpecifier.text.split('/')) {
          if (seg === '..') from.pop();
          else if (seg !== '.') from.push(seg);
        }
        classModule = norm(from.join('/'));
      }
      definitions.push({ tagName: tag.text, className: ctor.text, classModule, modulePath: moduleDoc.path });
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      // define.ts's own `customElements.define(name, ctor)` is not a definition of any tag.
      for (const m of modules) {
        if (m.exports) m.exports = m.exports.filter((e) => e.kind !== 'custom-element-definition' || e.name.includes('-'));
      }
      const isClass = (name) => (d) => d.kind === 'class' && d.name === name;
      for (const def of definitions) {
        const home =
          modules.find((m) => norm(m.path) === def.classModule && (m.declarations ?? []).some(isClass(def.className))) ??
          modules.find((m) => (m.declarations ?? []).some(isClass(def.className)));
        if (!home) continue;
        const decl = home.declarations.find(isClass(def.className));
        decl.tagName = def.tagName;
        decl.customElement = true;
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

/**
 * Lit `@state()` fields are the element's internal reactive state, not its API (Lit's own
 * docs say so): they are left out of the manifest like `@internal` members, so Storybook's
 * docs table lists only what a page can set or read.
 */
function litStatePlugin() {
  /** @type {{ className: string, member: string }[]} */
  const states = [];
  return {
    name: 'iop-lit-state-is-internal',
    analyzePhase({ ts, node }) {
      if (!ts.isPropertyDeclaration(node) || !ts.isIdentifier(node.name)) return;
      const decorated = (ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : []).some(
        (d) => ts.isCallExpression(d.expression) && ts.isIdentifier(d.expression.expression) && d.expression.expression.text === 'state',
      );
      const cls = node.parent;
      if (decorated && ts.isClassDeclaration(cls) && cls.name) states.push({ className: cls.name.text, member: node.name.text });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const m of customElementsManifest.modules ?? []) {
        for (const d of m.declarations ?? []) {
          if (d.kind !== 'class' || !d.members) continue;
          d.members = d.members.filter(
            (member) => !states.some((s) => s.member === member.name && (s.className === d.name || s.className === member.inheritedFrom?.name)),
          );
        }
      }
    },
  };
}

/**
 * Event types: each element declares its events in `interface IopEventMap` (a module
 * augmentation of src/components/base/iop-element.ts), e.g.
 * `'iop-intake-submitted': CustomEvent<IntakeSubmittedDetail>`. The `@event` JSDoc gives
 * name and description; this fills in the type from that interface.
 */
function eventTypePlugin() {
  /** @type {Map<string, string>} */
  const types = new Map();
  return {
    name: 'iop-event-types',
    analyzePhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'IopEventMap') return;
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.type && member.name && ts.isStringLiteral(member.name)) {
          types.set(member.name.text, member.type.getText().replace(/\s+/g, ' '));
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const m of customElementsManifest.modules ?? []) {
        for (const d of m.declarations ?? []) {
          for (const e of d.events ?? []) {
            const text = e.name && types.get(e.name);
            if (text && !e.type) e.type = { text };
          }
        }
      }
    },
  };
}

/**
 * Parts named inside another part's description (`@csspart crisis - The crisis help panel;
 * \`crisis-link\` its call/text links`) get an entry of their own, so Storybook's docs
 * table has one row for every `::part()` name a center can style.
 */
function nestedPartsPlugin() {
  const PART = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
  return {
    name: 'iop-nested-parts',
    packageLinkPhase({ customElementsManifest }) {
      for (const m of customElementsManifest.modules ?? []) {
        for (const d of m.declarations ?? []) {
          if (!d.cssParts) continue;
          const known = new Set(d.cssParts.map((p) => p.name));
          const added = [];
          for (const parent of d.cssParts) {
            const clauses = (parent.description ?? '').split(/;\s*|\.\s+/);
            for (const [, name] of (parent.description ?? '').matchAll(/`([^`]+)`/g)) {
              if (!PART.test(name) || known.has(name)) continue;
              known.add(name);
              const clause = clauses.find((c) => c.includes(`\`${name}\``))?.trim().replace(/\.$/, '') ?? '';
              const first = clauses[0]?.trim().replace(/\.$/, '') ?? '';
              const description =
                clause === first
                  ? `Named with \`${parent.name}\`: ${parent.description}`
                  : `${clause[0]?.toUpperCase() ?? ''}${clause.slice(1)} (\`${parent.name}\`: ${first}).`;
              added.push({ name, description });
            }
          }
          d.cssParts.push(...added);
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
  plugins: [defineElementPlugin(), litStatePlugin(), eventTypePlugin(), nestedPartsPlugin()],
};
