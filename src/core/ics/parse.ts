/**
 * A small RFC 5545 reader: unfolds lines, splits name;params:value, unescapes TEXT, and
 * nests components. Enough to read back what the kit writes (and typical calendar files).
 */
import { unescapeText } from './format.js';

export interface IcsProperty {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface IcsComponent {
  name: string;
  properties: IcsProperty[];
  components: IcsComponent[];
}

function splitProperty(line: string): IcsProperty {
  let i = 0;
  let inQuotes = false;
  for (; i < line.length; i++) {
    const c = line[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === ':' && !inQuotes) break;
  }
  const head = line.slice(0, i);
  const raw = line.slice(i + 1);
  const [name, ...paramParts] = head.split(';');
  const params: Record<string, string> = {};
  for (const p of paramParts) {
    const eq = p.indexOf('=');
    if (eq > 0) params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1).replace(/^"|"$/g, '');
  }
  const upper = name.toUpperCase();
  const textual = ['SUMMARY', 'DESCRIPTION', 'LOCATION', 'COMMENT', 'X-WR-CALNAME', 'UID'].includes(upper);
  return { name: upper, params, value: textual ? unescapeText(raw) : raw };
}

/** Parses iCalendar text into its components; throws a SyntaxError on unbalanced BEGIN/END. */
export function parseIcs(text: string): IcsComponent {
  const unfolded = text.replace(/\r\n[ \t]/g, '').replace(/\n[ \t]/g, '');
  const root: IcsComponent = { name: 'ROOT', properties: [], components: [] };
  const stack: IcsComponent[] = [root];
  for (const line of unfolded.split(/\r\n|\n/)) {
    if (!line) continue;
    const prop = splitProperty(line);
    if (prop.name === 'BEGIN') {
      const c: IcsComponent = { name: prop.value.toUpperCase(), properties: [], components: [] };
      stack[stack.length - 1].components.push(c);
      stack.push(c);
    } else if (prop.name === 'END') {
      const c = stack.pop();
      if (!c || c.name !== prop.value.toUpperCase() || stack.length === 0) throw new SyntaxError(`Unbalanced END:${prop.value}`);
    } else {
      stack[stack.length - 1].properties.push(prop);
    }
  }
  if (stack.length !== 1) throw new SyntaxError(`Unclosed BEGIN:${stack[stack.length - 1].name}`);
  return root;
}

export function prop(c: IcsComponent, name: string): IcsProperty | undefined {
  return c.properties.find((p) => p.name === name);
}
