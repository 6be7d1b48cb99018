/**
 * DAST-10 (Drug Abuse Screening Test, 10-item version).
 * Source: Skinner HA. "The Drug Abuse Screening Test." Addictive Behaviors 1982;7(4):363–371.
 * © 1982 Harvey A. Skinner, PhD, and the Centre for Addiction and Mental Health (CAMH),
 * Toronto. CAMH allows use of the DAST-10 in clinical care and research without charge;
 * a center embedding it in a product it sells should confirm the current terms with CAMH.
 * English wording as in the DAST-10 (with the NIDA/CAMH instructions). Spanish: the kit's
 * own careful translation following the Spanish DAST-10 versions in clinical use; a
 * center with an officially licensed Spanish version may substitute its wording.
 *
 * Scoring (published): 1 point per "yes" **except item 3** ("Are you always able to stop
 * using drugs when you want to?"), where "no" scores 1. Total 0–10; 0 none, 1–2 low,
 * 3–5 moderate, 6–8 substantial, 9–10 severe. The kit reports `positive` at ≥ 3
 * (moderate or more: the level at which further assessment is suggested).
 */
import type { Answers, InstrumentDefinition, LocalText } from './types.js';
import { bandFor, itemPoints, sumPoints, t, yesNoItem } from './types.js';
import type { Question } from '../../schemas/index.js';

const INSTRUCTIONS = t(
  'These questions are about the past 12 months. "Drug use" means using street drugs, or using prescription or over-the-counter medicines more than directed or for non-medical reasons. It does not include alcohol or tobacco.',
  'Estas preguntas son sobre los últimos 12 meses. "Consumo de drogas" significa usar drogas ilegales, o usar medicamentos recetados o de venta libre más de lo indicado o por razones no médicas. No incluye el alcohol ni el tabaco.',
);

const ITEMS: LocalText[] = [
  t('Have you used drugs other than those required for medical reasons?', '¿Ha consumido drogas que no sean las que necesita por razones médicas?'),
  t('Do you use more than one drug at a time?', '¿Consume más de una droga a la vez?'),
  t('Are you always able to stop using drugs when you want to?', '¿Siempre puede dejar de consumir drogas cuando usted quiere?'),
  t('Have you had "blackouts" or "flashbacks" as a result of drug use?', '¿Ha tenido "lagunas mentales" o "flashbacks" (escenas retrospectivas) por consumir drogas?'),
  t('Do you ever feel bad or guilty about your drug use?', '¿Alguna vez se siente mal o culpable por consumir drogas?'),
  t('Does your spouse (or parents) ever complain about your involvement with drugs?', '¿Su pareja (o sus padres) alguna vez se quejan de que usted consume drogas?'),
  t('Have you neglected your family because of your use of drugs?', '¿Ha descuidado a su familia por consumir drogas?'),
  t('Have you engaged in illegal activities in order to obtain drugs?', '¿Ha hecho cosas ilegales para conseguir drogas?'),
  t('Have you ever experienced withdrawal symptoms (felt sick) when you stopped taking drugs?', '¿Alguna vez ha tenido síntomas de abstinencia (se ha sentido mal) al dejar de consumir drogas?'),
  t(
    'Have you had medical problems as a result of your drug use (for example, memory loss, hepatitis, convulsions, bleeding)?',
    '¿Ha tenido problemas médicos por consumir drogas (por ejemplo, pérdida de memoria, hepatitis, convulsiones, sangrado)?',
  ),
];

const answerable: Question[] = ITEMS.map((text, i) => yesNoItem(`dast10-${i + 1}`, text));

/** The reverse-scored item: "no" (not always able to stop) scores 1. */
export const DAST10_REVERSED_ITEM = 'dast10-3';

function dastPoints(item: Question, answers: Answers): number | undefined {
  const p = itemPoints(item, answers);
  if (p === undefined || item.id !== DAST10_REVERSED_ITEM) return p;
  return 1 - p;
}

export const DAST10_BANDS = [
  [0, 'none'],
  [1, 'low'],
  [3, 'moderate'],
  [6, 'substantial'],
  [9, 'severe'],
] as const;
export const DAST10_POSITIVE_AT = 3;

export const dast10: InstrumentDefinition = {
  id: 'dast10',
  title: t('About drug use', 'Sobre el consumo de drogas'),
  source: 'DAST-10 — Skinner HA, Addictive Behaviors 1982;7:363–371. © 1982 Harvey A. Skinner and CAMH.',
  items: [{ id: 'dast10-stem', type: 'display', text: INSTRUCTIONS }, ...answerable],
  crisisItems: [],
  crisis: () => false,
  score(answers) {
    const total = sumPoints(answerable, answers, dastPoints);
    if (total === undefined) return undefined;
    return { instrument: 'dast10', total, band: bandFor(total, DAST10_BANDS), positive: total >= DAST10_POSITIVE_AT };
  },
};
