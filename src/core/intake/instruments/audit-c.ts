/**
 * AUDIT-C: the three consumption questions of the WHO Alcohol Use Disorders
 * Identification Test.
 * Source: Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG. "AUDIT: The Alcohol Use
 * Disorders Identification Test. Guidelines for Use in Primary Care", 2nd ed., World Health
 * Organization, 2001 (WHO/MSD/MSB/01.6a) — the AUDIT may be used freely; questions 1–3
 * as published. Short form: Bush K, Kivlahan DR, et al., Arch Intern Med 1998;158:1789–1795.
 * Spanish: the WHO Spanish edition ("AUDIT — Cuestionario de Identificación de los
 * Trastornos debidos al Consumo de Alcohol", OMS 2001), with "consumiciones" (Spain)
 * written "bebidas" for Latin-American readers.
 *
 * Scoring: each item 0–4, total 0–12. Positive screen at ≥ 4 for men and ≥ 3 for women
 * (Bradley KA et al., Alcohol Clin Exp Res 2007;31:1208–1217; USPSTF 2018; VA/DoD).
 * When sex is unknown the kit uses the lower threshold (3): screening errs on the side
 * of a conversation with the team, as the USPSTF and VA guidance suggest, and a false
 * positive here costs a question from a clinician, not a refusal.
 */
import type { InstrumentDefinition, ScoreOptions } from './types.js';
import { scaleItem, sumPoints, t } from './types.js';
import type { Option, Question } from '../../schemas/index.js';

const opts = (labels: [string, string][]): Option[] => labels.map(([en, es], i) => ({ value: String(i), label: t(en, es), score: i }));

const STANDARD_DRINK = t(
  'One drink is a can of beer (12 oz), a glass of wine (5 oz) or a shot of liquor (1.5 oz).',
  'Una bebida es una lata de cerveza (12 onzas), una copa de vino (5 onzas) o un trago de licor (1.5 onzas).',
);

const answerable: Question[] = [
  scaleItem(
    'audit-c-1',
    t('How often do you have a drink containing alcohol?', '¿Con qué frecuencia consume alguna bebida alcohólica?'),
    opts([
      ['Never', 'Nunca'],
      ['Monthly or less', 'Una o menos veces al mes'],
      ['2 to 4 times a month', 'De 2 a 4 veces al mes'],
      ['2 to 3 times a week', 'De 2 a 3 veces a la semana'],
      ['4 or more times a week', '4 o más veces a la semana'],
    ]),
  ),
  scaleItem(
    'audit-c-2',
    t(
      'How many drinks containing alcohol do you have on a typical day when you are drinking?',
      '¿Cuántas bebidas alcohólicas suele tomar en un día de consumo normal?',
    ),
    opts([
      ['1 or 2', '1 o 2'],
      ['3 or 4', '3 o 4'],
      ['5 or 6', '5 o 6'],
      ['7, 8, or 9', '7, 8 o 9'],
      ['10 or more', '10 o más'],
    ]),
    STANDARD_DRINK,
  ),
  scaleItem(
    'audit-c-3',
    t('How often do you have six or more drinks on one occasion?', '¿Con qué frecuencia toma 6 o más bebidas alcohólicas en un solo día?'),
    opts([
      ['Never', 'Nunca'],
      ['Less than monthly', 'Menos de una vez al mes'],
      ['Monthly', 'Mensualmente'],
      ['Weekly', 'Semanalmente'],
      ['Daily or almost daily', 'A diario o casi a diario'],
    ]),
  ),
];

export const AUDIT_C_POSITIVE_AT = { male: 4, female: 3, unknown: 3 } as const;

/** The positive-screen threshold for `sex` (unknown → the lower, female threshold). */
export function auditCThreshold(sex: ScoreOptions['sex']): number {
  return sex === 'male' ? AUDIT_C_POSITIVE_AT.male : sex === 'female' ? AUDIT_C_POSITIVE_AT.female : AUDIT_C_POSITIVE_AT.unknown;
}

export const auditC: InstrumentDefinition = {
  id: 'audit-c',
  title: t('About alcohol', 'Sobre el alcohol'),
  source: 'AUDIT-C — questions 1–3 of the WHO AUDIT (Babor et al., WHO 2001); Bush et al. 1998; thresholds Bradley et al. 2007.',
  items: [
    {
      id: 'audit-c-stem',
      type: 'display',
      text: t('These questions are about drinks that contain alcohol.', 'Estas preguntas son sobre las bebidas que contienen alcohol.'),
    },
    ...answerable,
  ],
  crisisItems: [],
  crisis: () => false,
  score(answers, options = {}) {
    const total = sumPoints(answerable, answers);
    if (total === undefined) return undefined;
    const positive = total >= auditCThreshold(options.sex);
    return { instrument: 'audit-c', total, band: positive ? 'positive' : 'negative', positive };
  },
};
