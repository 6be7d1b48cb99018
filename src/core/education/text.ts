/**
 * The visible text of blocks, without markup: what a reader reads (readability, reading
 * time) and what read-aloud speaks. Image alt text is not included (it is read by screen
 * readers in place of the image, not by everyone); captions are.
 */
import type { Block, EducationModule } from '../schemas/education.js';
import { stripInline } from './inline.js';

/** Which fields of a block carry inline markup (the element renders them with `parseInline`). */
export const MARKUP_FIELDS = {
  paragraph: ['text'],
  list: ['items'],
  callout: ['text'],
  quote: ['text'],
  check: ['feedback'],
} as const;

/** The block's visible text, one string per unit (a list item, an option, …), markup removed. */
export function blockText(block: Block): string[] {
  switch (block.type) {
    case 'heading':
      return [block.text];
    case 'paragraph':
      return [stripInline(block.text)];
    case 'list':
      return block.items.map(stripInline);
    case 'callout':
      return [...(block.title ? [block.title] : []), stripInline(block.text)];
    case 'quote':
      return [stripInline(block.text), ...(block.cite ? [block.cite] : [])];
    case 'image':
      return block.caption ? [block.caption] : [];
    case 'video':
      return [block.title];
    case 'check':
      return [block.question, ...block.options.flatMap((o) => [o.text, stripInline(o.feedback)])];
    case 'reflection':
      return [block.prompt];
  }
}

/** Every visible text unit of a module: title, summary, then each block's. */
export function moduleText(module: Pick<EducationModule, 'title' | 'summary'> & { blocks: readonly Block[] }): string[] {
  return [module.title, module.summary, ...module.blocks.flatMap(blockText)];
}
