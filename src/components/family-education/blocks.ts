/**
 * Lit templates for the content blocks of a module that need no reader state: headings,
 * paragraphs, lists, callouts, quotes, images, videos and the "could not be displayed"
 * placeholder. Text is rendered from `parseInline` tokens as text nodes and a few fixed
 * tags — never as HTML — so content can neither run script nor add attributes.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { parseInline } from '../../core/education/inline.js';
import type { InlineToken } from '../../core/education/inline.js';
import { linkAttributes } from '../../core/education/links.js';
import type { Block } from '../../core/schemas/education.js';
import type { CenterSettings } from '../../core/context.js';
import { HELP_LINES } from '../../core/i18n/common.js';
import { phoneHref } from '../../core/i18n/format.js';
import { isWebUrl } from '../../core/validators.js';
import { heading } from './catalogue-view.js';
import type { ReaderKey } from './reader.messages.js';

export { heading };

export type Tr = (key: ReaderKey, params?: Record<string, string | number>) => string;

export interface BlockEnv {
  t: Tr;
  /** Heading level of the module's title (1–6); content headings sit below it. */
  level: number;
  /** The page's origin: links to other origins open in a new tab without opener or referrer. */
  origin: string;
  /** The module's language (captions track). */
  locale: string;
  center: CenterSettings;
  failedVideos: ReadonlySet<number>;
  onVideoError(index: number): void;
}

const parsed = new Map<string, InlineToken[]>();

/** `parseInline`, memoised (the same texts are rendered on every update). */
export function tokens(text: string): InlineToken[] {
  let hit = parsed.get(text);
  if (!hit) {
    if (parsed.size > 2000) parsed.clear();
    hit = parseInline(text);
    parsed.set(text, hit);
  }
  return hit;
}

/** Inline tokens as Lit templates: text nodes, `<strong>`, `<em>` and safe `<a>`. */
export function inline(list: readonly InlineToken[], env: Pick<BlockEnv, 't' | 'origin'>): unknown[] {
  return list.map((tok) => {
    switch (tok.type) {
      case 'text':
        return tok.text;
      case 'strong':
        return html`<strong>${inline(tok.children, env)}</strong>`;
      case 'em':
        return html`<em>${inline(tok.children, env)}</em>`;
      case 'link': {
        const a = linkAttributes(tok.href, env.origin);
        return html`<a part="link" href=${tok.href} target=${ifDefined(a.target)} rel=${ifDefined(a.rel)}
          >${inline(tok.children, env)}${a.target ? html`<span class="visually-hidden"> ${env.t('newTab')}</span>` : nothing}</a
        >`;
      }
    }
  });
}

const text = (s: string, env: BlockEnv) => inline(tokens(s), env);

/** A same-site path or an http(s) URL (the schema's rule, checked again before it reaches `src`). */
export function mediaUrl(url: string): string | undefined {
  return typeof url === 'string' && isWebUrl(url) && !/[\s"'<>`\\]/.test(url) ? url : undefined;
}

function crisisActions(env: BlockEnv): TemplateResult {
  const { t, center } = env;
  const phone = center.phone;
  const tel = phone ? phoneHref(phone) : undefined;
  return html`<ul class="crisis-actions" part="crisis-actions">
    <li><a href=${HELP_LINES.lifeline.tel}>${t('crisisCall')}</a> · <a href=${HELP_LINES.lifeline.sms}>${t('crisisText')}</a> — ${t('lifelineName')}</li>
    ${phone && tel
      ? html`<li><a href=${tel}>${center.name ? t('crisisCenter', { center: center.name, phone }) : t('crisisCenterUnnamed', { phone })}</a></li>`
      : nothing}
  </ul>`;
}

const CALLOUT_LABEL = { tip: 'calloutTip', warning: 'calloutWarning', crisis: 'calloutCrisis' } as const;
const CALLOUT_ICON = { tip: 'ℹ', warning: '⚠', crisis: '☎' } as const;

/** One block that needs no reader state (checks and reflections are rendered by the reader). */
export function staticBlock(block: Block, index: number, env: BlockEnv): unknown {
  switch (block.type) {
    case 'heading':
      return heading(env.level + block.level - 1, block.text, undefined, 'content-heading');
    case 'paragraph':
      return html`<p>${text(block.text, env)}</p>`;
    case 'list':
      return block.ordered
        ? html`<ol>${block.items.map((i) => html`<li>${text(i, env)}</li>`)}</ol>`
        : html`<ul>${block.items.map((i) => html`<li>${text(i, env)}</li>`)}</ul>`;
    case 'callout': {
      const label = env.t(CALLOUT_LABEL[block.variant]);
      return html`<div class="callout ${block.variant}" part="callout callout-${block.variant}" role="note" aria-label=${block.title ?? label}>
        <p class="callout-kind"><span aria-hidden="true">${CALLOUT_ICON[block.variant]}</span> ${label}</p>
        ${block.title ? html`<p class="callout-title">${block.title}</p>` : nothing}
        <p>${text(block.text, env)}</p>
        ${block.variant === 'crisis' ? crisisActions(env) : nothing}
      </div>`;
    }
    case 'quote':
      return html`<figure class="quote" part="quote">
        <blockquote><p>${text(block.text, env)}</p></blockquote>
        ${block.cite ? html`<figcaption>— ${block.cite}</figcaption>` : nothing}
      </figure>`;
    case 'image': {
      const src = mediaUrl(block.src);
      return html`<figure class="image" part="figure">
        ${src ? html`<img src=${src} alt=${block.alt} loading="lazy" decoding="async" />` : html`<p class="invalid">${env.t('invalidBlock')}</p>`}
        ${block.caption ? html`<figcaption>${block.caption}</figcaption>` : nothing}
      </figure>`;
    }
    case 'video':
      return video(block, index, env);
    default:
      return nothing;
  }
}

function video(block: Extract<Block, { type: 'video' }>, index: number, env: BlockEnv): TemplateResult {
  const src = mediaUrl(block.src);
  const captions = mediaUrl(block.captions);
  const poster = block.poster ? mediaUrl(block.poster) : undefined;
  const failed = !src || !captions || env.failedVideos.has(index);
  const captionId = `video-title-${index}`;
  return html`<figure class="video" part="figure video" aria-labelledby=${captionId}>
    ${failed
      ? html`<p class="video-unavailable" role="note">${env.t('videoUnavailable')}</p>`
      : html`<video
          controls
          preload="metadata"
          src=${src}
          poster=${ifDefined(poster)}
          aria-label=${env.t('video', { title: block.title })}
          @error=${() => env.onVideoError(index)}
        >
          <track kind="captions" src=${captions} srclang=${env.locale} label=${env.t('captionsLabel')} default />
        </video>`}
    <figcaption id=${captionId}>${block.title}</figcaption>
    ${captions ? html`<p class="captions-link"><a href=${captions}>${env.t('captionsLink')}</a></p>` : nothing}
  </figure>`;
}
