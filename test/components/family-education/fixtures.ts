/** Modules for `<iop-family-education>` tests and stories: every block type, one bad block, a pair of translations. */
import type { EducationModule } from '../../../src/core/schemas/education.js';

/** One module with every block type, in English, translated to `todos-los-bloques`. */
export function everyBlock(overrides: Partial<EducationModule> = {}): EducationModule {
  return {
    id: 'every-block',
    locale: 'en',
    title: 'Every kind of block',
    summary: 'A module that shows each kind of content once.',
    audience: 'family',
    estimatedMinutes: 5,
    order: 1,
    translations: { es: 'todos-los-bloques' },
    blocks: [
      { type: 'paragraph', text: 'Recovery is **possible**, and *families* help. See [SAMHSA](https://www.samhsa.gov) or call [the desk](tel:+15125550100).' },
      { type: 'heading', level: 2, text: 'What helps' },
      { type: 'list', items: ['Listen **without** judging', 'Take care of yourself'] },
      { type: 'list', ordered: true, items: ['First step', 'Second step'] },
      { type: 'heading', level: 3, text: 'A smaller heading' },
      { type: 'callout', variant: 'tip', title: 'A tip', text: 'Short walks help.' },
      { type: 'callout', variant: 'warning', text: 'Do not mix alcohol and medicines.' },
      { type: 'callout', variant: 'crisis', title: 'Danger right now', text: 'Get help now.' },
      { type: 'quote', text: 'I am not alone anymore.', cite: 'A parent' },
      { type: 'image', src: '/images/self-care.svg', alt: 'A person resting on a park bench with a cup of tea.', caption: 'Rest counts.' },
      { type: 'video', src: '/media/missing-clip.mp4', title: 'A short clip', captions: '/media/how-iop-works.en.vtt' },
      {
        type: 'check',
        id: 'check-one',
        question: 'Which sentence is true?',
        multiple: false,
        options: [
          { id: 'right', text: 'Addiction can be treated.', correct: true, feedback: 'Yes. **Treatment** works.' },
          { id: 'wrong', text: 'It is only willpower.', correct: false, feedback: 'Not quite. It is a health condition.' },
        ],
      },
      {
        type: 'check',
        id: 'check-many',
        question: 'Which are part of IOP?',
        multiple: true,
        options: [
          { id: 'group', text: 'Group therapy', correct: true, feedback: 'Right: group is central.' },
          { id: 'family', text: 'Family sessions', correct: true, feedback: 'Right: families take part.' },
          { id: 'sleep', text: 'Sleeping at the center', correct: false, feedback: 'No: people live at home.' },
        ],
      },
      { type: 'reflection', id: 'reflect-one', prompt: 'What would you like to try this week?' },
    ],
    ...overrides,
  };
}

/** The Spanish translation of `everyBlock` (fewer blocks). */
export function everyBlockEs(): EducationModule {
  return {
    id: 'todos-los-bloques',
    locale: 'es',
    title: 'Todos los bloques',
    summary: 'Un módulo con cada tipo de contenido.',
    audience: 'family',
    estimatedMinutes: 5,
    order: 1,
    translations: { en: 'every-block' },
    blocks: [
      { type: 'paragraph', text: 'La recuperación es **posible**.' },
      { type: 'callout', variant: 'crisis', text: 'Busque ayuda ahora.' },
    ],
  };
}

/** A second English module, for next/previous. */
export function second(): EducationModule {
  return {
    id: 'second-module',
    locale: 'en',
    title: 'Caring for yourself',
    summary: 'You matter too.',
    audience: 'everyone',
    estimatedMinutes: 3,
    order: 2,
    blocks: [
      { type: 'paragraph', text: 'Rest, eat and sleep.' },
      { type: 'paragraph', text: 'Ask for help.' },
    ],
  };
}

/** A module whose third block is invalid (an image without alt text). */
export function withBadBlock(): unknown {
  return {
    id: 'bad-block',
    locale: 'en',
    title: 'A module with a broken part',
    summary: 'One part is broken.',
    audience: 'family',
    estimatedMinutes: 2,
    blocks: [
      { type: 'paragraph', text: 'Before the broken part.' },
      { type: 'heading', level: 2, text: 'Still here' },
      { type: 'image', src: '/images/self-care.svg' },
      { type: 'paragraph', text: 'After the broken part.' },
    ],
  };
}

export const allModules = (): unknown[] => [everyBlock(), everyBlockEs(), second(), withBadBlock()];
