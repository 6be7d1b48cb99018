/** WCAG 2.x contrast ratio of two CSS colours (`#rgb`, `#rrggbb`, `rgb()`/`rgba()`), for the theme tests. */

/** The first colour in a CSS value ("3px solid #ffd479" → "#ffd479"), normalised to `rgb(r, g, b)`. */
export function firstColor(value: string): string {
  const hex = /#([0-9a-f]{6}|[0-9a-f]{3})\b/i.exec(value);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
    return `rgb(${r}, ${g}, ${b})`;
  }
  const rgb = /rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)/i.exec(value);
  if (rgb) return `rgb(${rgb[1]}, ${rgb[2]}, ${rgb[3]})`;
  throw new Error(`no colour in "${value}"`);
}

function luminance(color: string): number {
  const [r, g, b] = /rgb\((\d+), (\d+), (\d+)\)/.exec(firstColor(color))!.slice(1).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
