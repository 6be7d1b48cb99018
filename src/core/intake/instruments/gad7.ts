/**
 * GAD-7 (Generalized Anxiety Disorder 7-item scale).
 * Source: Spitzer RL, Kroenke K, Williams JBW, Löwe B. "A brief measure for assessing
 * generalized anxiety disorder: the GAD-7." Arch Intern Med 2006;166(10):1092–1097.
 * Developed with an educational grant from Pfizer Inc.; "no permission required to
 * reproduce, translate, display or distribute" (phqscreeners.com). Spanish wording from
 * the published Spanish-for-the-USA version (phqscreeners.com).
 *
 * Scoring (published): items 0–3, total 0–21; 5 / 10 / 15 are the cut-points for mild /
 * moderate / severe anxiety (0–4 minimal); the kit reports `positive` at ≥ 10
 * (Spitzer 2006: sensitivity 89 %, specificity 82 % for GAD).
 */
import type { InstrumentDefinition, LocalText } from './types.js';
import { FREQUENCY_2_WEEKS, bandFor, scaleItem, scaleOptions, sumPoints, t } from './types.js';
import type { Question } from '../../schemas/index.js';

const STEM = t(
  'Over the last 2 weeks, how often have you been bothered by the following problems?',
  'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
);

const ITEMS: LocalText[] = [
  t('Feeling nervous, anxious, or on edge', 'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta'),
  t('Not being able to stop or control worrying', 'No ha sido capaz de parar o controlar su preocupación'),
  t('Worrying too much about different things', 'Se ha preocupado demasiado por motivos diferentes'),
  t('Trouble relaxing', 'Ha tenido dificultad para relajarse'),
  t('Being so restless that it is hard to sit still', 'Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)'),
  t('Becoming easily annoyed or irritable', 'Se ha molestado o irritado fácilmente'),
  t('Feeling afraid, as if something awful might happen', 'Ha tenido miedo de que algo terrible fuera a pasar'),
];

const options = scaleOptions(FREQUENCY_2_WEEKS);
const answerable: Question[] = ITEMS.map((text, i) => scaleItem(`gad7-${i + 1}`, text, options));

export const GAD7_BANDS = [
  [0, 'minimal'],
  [5, 'mild'],
  [10, 'moderate'],
  [15, 'severe'],
] as const;
export const GAD7_POSITIVE_AT = 10;

export const gad7: InstrumentDefinition = {
  id: 'gad7',
  title: t('About worry and stress', 'Sobre la preocupación y el estrés'),
  source: 'GAD-7 — Spitzer, Kroenke, Williams & Löwe, Arch Intern Med 2006;166:1092–1097. No permission required.',
  items: [{ id: 'gad7-stem', type: 'display', text: STEM }, ...answerable],
  crisisItems: [],
  crisis: () => false,
  score(answers) {
    const total = sumPoints(answerable, answers);
    if (total === undefined) return undefined;
    return { instrument: 'gad7', total, band: bandFor(total, GAD7_BANDS), positive: total >= GAD7_POSITIVE_AT };
  },
};
