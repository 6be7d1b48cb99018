/**
 * PHQ-9 (Patient Health Questionnaire, depression module).
 * Source: Kroenke K, Spitzer RL, Williams JBW. "The PHQ-9: validity of a brief depression
 * severity measure." J Gen Intern Med 2001;16(9):606–613. Developed by Drs. Robert L.
 * Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues with an educational grant from
 * Pfizer Inc. "No permission required to reproduce, translate, display or distribute"
 * (phqscreeners.com). English wording as published; Spanish wording from the published
 * Spanish-for-the-USA version of the PHQ-9 (phqscreeners.com).
 *
 * Scoring (published): items 0–3, total 0–27; bands 0–4 minimal, 5–9 mild, 10–14 moderate,
 * 15–19 moderately severe, 20–27 severe; the kit reports `positive` at ≥ 10 (the
 * validated cut-off for major depression, Kroenke 2001). Item 9 (thoughts of being better
 * off dead or of self-harm) above 0 needs same-day attention whatever the total
 * (DESIGN.md §5): it raises the `crisis` flag as soon as it is answered.
 */
import type { InstrumentDefinition, LocalText } from './types.js';

export { FREQUENCY_2_WEEKS } from './types.js';
import { FREQUENCY_2_WEEKS, bandFor, itemPoints, scaleItem, scaleOptions, sumPoints, t } from './types.js';
import type { Question } from '../../schemas/index.js';

const STEM = t(
  'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
);

const ITEMS: LocalText[] = [
  t('Little interest or pleasure in doing things', 'Poco interés o placer en hacer cosas'),
  t('Feeling down, depressed, or hopeless', 'Se ha sentido decaído(a), deprimido(a) o sin esperanzas'),
  t('Trouble falling or staying asleep, or sleeping too much', 'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado'),
  t('Feeling tired or having little energy', 'Se ha sentido cansado(a) o con poca energía'),
  t('Poor appetite or overeating', 'Sin apetito o ha comido en exceso'),
  t(
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    'Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
  ),
  t(
    'Trouble concentrating on things, such as reading the newspaper or watching television',
    'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión',
  ),
  t(
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
  ),
  t('Thoughts that you would be better off dead or of hurting yourself in some way', 'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera'),
];

const options = scaleOptions(FREQUENCY_2_WEEKS);
const answerable: Question[] = ITEMS.map((text, i) => scaleItem(`phq9-${i + 1}`, text, options));

/** PHQ-9 bands (Kroenke 2001). */
export const PHQ9_BANDS = [
  [0, 'minimal'],
  [5, 'mild'],
  [10, 'moderate'],
  [15, 'moderately-severe'],
  [20, 'severe'],
] as const;
export const PHQ9_POSITIVE_AT = 10;
export const PHQ9_CRISIS_ITEM = 'phq9-9';

export const phq9: InstrumentDefinition = {
  id: 'phq9',
  title: t('About your mood', 'Sobre su estado de ánimo'),
  source: 'PHQ-9 — Kroenke, Spitzer & Williams, J Gen Intern Med 2001;16:606–613. Developed by Drs. Spitzer, Williams, Kroenke and colleagues; no permission required.',
  items: [{ id: 'phq9-stem', type: 'display', text: STEM }, ...answerable],
  crisisItems: [PHQ9_CRISIS_ITEM],
  crisis(answers) {
    return (itemPoints(answerable[8]!, answers) ?? 0) > 0;
  },
  score(answers) {
    const total = sumPoints(answerable, answers);
    if (total === undefined) return undefined;
    return { instrument: 'phq9', total, band: bandFor(total, PHQ9_BANDS), positive: total >= PHQ9_POSITIVE_AT };
  },
};
