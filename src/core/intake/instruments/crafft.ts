/**
 * CRAFFT 2.1 (adolescent substance-use screen, ages 12–21).
 * Source: Knight JR et al., "Validity of the CRAFFT substance abuse screening test among
 * adolescent clinic patients", Arch Pediatr Adolesc Med 2002;156:607–614; CRAFFT 2.1
 * (2018) with the past-12-months "number of days" Part A (Levy S et al., JAMA Pediatr
 * 2014). Free for clinical use with this attribution, which the element must show with
 * the questions ({@link CRAFFT_ATTRIBUTION}). Spanish: the kit's translation following
 * the Spanish CRAFFT 2.1 distributed by CABHRe (crafft.org); centers may substitute the
 * official Spanish file.
 *
 * Flow (published): Part A asks on how many days in the past 12 months the teen (1) drank
 * more than a few sips of alcohol, (2) used marijuana, (3) used anything else to get high.
 * If all three are 0, ask only the CAR question of Part B; otherwise all six (Car, Relax,
 * Alone, Forget, Friends/family, Trouble). Scoring: 1 point per "yes" in Part B; 2 or more
 * is a positive screen. Part A answers are numbers of days, 0–365.
 */
import type { Answers, InstrumentDefinition, LocalText } from './types.js';
import { itemPoints, t, yesNoItem } from './types.js';
import type { Expr, Question } from '../../schemas/index.js';
import { readAnswer, toNumber } from '../expressions.js';

export const CRAFFT_ATTRIBUTION = t(
  '© John R. Knight, MD, Boston Children’s Hospital, 2020. Reproduced with permission from the Center for Adolescent Behavioral Health Research (CABHRe), Boston Children’s Hospital. For more information and versions in other languages, see www.crafft.org.',
  '© John R. Knight, MD, Boston Children’s Hospital, 2020. Reproducido con permiso del Center for Adolescent Behavioral Health Research (CABHRe), Boston Children’s Hospital. Para más información y versiones en otros idiomas, visite www.crafft.org.',
);

const PART_A_STEM = t(
  'During the past 12 months, on how many days did you… Write "0" if none.',
  'Durante los últimos 12 meses, ¿cuántos días… Escriba "0" si ninguno.',
);

const PART_A: [string, LocalText][] = [
  ['crafft-a1', t('Drink more than a few sips of beer, wine, or any drink containing alcohol?', '¿tomó más de unos sorbos de cerveza, vino o cualquier bebida que contenga alcohol?')],
  [
    'crafft-a2',
    t(
      'Use any marijuana (cannabis, weed, oil, wax, or hash by smoking, vaping, dabbing, or in edibles) or "synthetic marijuana" (like "K2," "Spice")?',
      '¿consumió marihuana (cannabis, hierba, aceite, cera o hachís, fumada, vapeada, en "dabs" o en comestibles) o "marihuana sintética" (como "K2" o "Spice")?',
    ),
  ],
  [
    'crafft-a3',
    t(
      'Use anything else to get high (like other illegal drugs, pills, prescription or over-the-counter medications, and things that you sniff, huff, vape, or inject)?',
      '¿usó cualquier otra cosa para drogarse (como otras drogas ilegales, pastillas, medicamentos recetados o de venta libre, y cosas que se inhalan, se vapean o se inyectan)?',
    ),
  ],
];

const partA: Question[] = PART_A.map(([id, text]) => ({
  id,
  type: 'number',
  text,
  required: true,
  integer: true,
  min: 0,
  max: 365,
  unit: t('days', 'días'),
}));

/** True when at least one Part A answer is above 0: then all six Part B items are asked. */
export const CRAFFT_ANY_USE: Expr = { op: 'or', exprs: PART_A.map(([id]) => ({ op: 'gt', q: id, value: 0 })) };

const PART_B: [string, LocalText][] = [
  [
    'crafft-car',
    t(
      'Have you ever ridden in a CAR driven by someone (including yourself) who was "high" or had been using alcohol or drugs?',
      '¿Alguna vez ha viajado en un CARRO manejado por alguien (incluido usted) que estaba "drogado" o había consumido alcohol o drogas?',
    ),
  ],
  ['crafft-relax', t('Do you ever use alcohol or drugs to RELAX, feel better about yourself, or fit in?', '¿Alguna vez consume alcohol o drogas para RELAJARSE, sentirse mejor consigo mismo(a) o encajar con los demás?')],
  ['crafft-alone', t('Do you ever use alcohol or drugs while you are by yourself, or ALONE?', '¿Alguna vez consume alcohol o drogas cuando está SOLO(A)?')],
  ['crafft-forget', t('Do you ever FORGET things you did while using alcohol or drugs?', '¿Alguna vez OLVIDA cosas que hizo mientras consumía alcohol o drogas?')],
  [
    'crafft-friends',
    t(
      'Do your FAMILY or FRIENDS ever tell you that you should cut down on your drinking or drug use?',
      '¿Su FAMILIA o sus AMIGOS alguna vez le dicen que debería tomar menos alcohol o consumir menos drogas?',
    ),
  ],
  ['crafft-trouble', t('Have you ever gotten into TROUBLE while you were using alcohol or drugs?', '¿Alguna vez se ha metido en PROBLEMAS mientras consumía alcohol o drogas?')],
];

/** CAR is always asked; the other five only when Part A shows any use. */
const partB: Question[] = PART_B.map(([id, text]) => ({ ...yesNoItem(id, text), ...(id === 'crafft-car' ? {} : { visibleIf: CRAFFT_ANY_USE }) }));

export const CRAFFT_POSITIVE_AT = 2;

function partAComplete(answers: Answers): { complete: boolean; anyUse: boolean } {
  let anyUse = false;
  for (const [id] of PART_A) {
    const days = toNumber(readAnswer(answers, id));
    if (days === undefined || days < 0) return { complete: false, anyUse: false };
    if (days > 0) anyUse = true;
  }
  return { complete: true, anyUse };
}

export const crafft: InstrumentDefinition = {
  id: 'crafft',
  title: t('About alcohol and drugs', 'Sobre el alcohol y las drogas'),
  source: 'CRAFFT 2.1 — Knight et al. 2002; © John R. Knight, MD, Boston Children’s Hospital; free for clinical use with attribution.',
  attribution: CRAFFT_ATTRIBUTION,
  items: [
    { id: 'crafft-stem', type: 'display', text: PART_A_STEM },
    ...partA,
    ...partB,
    { id: 'crafft-attribution', type: 'display', text: CRAFFT_ATTRIBUTION },
  ],
  crisisItems: [],
  crisis: () => false,
  score(answers) {
    const a = partAComplete(answers);
    if (!a.complete) return undefined;
    const asked = a.anyUse ? partB : partB.slice(0, 1);
    let total = 0;
    for (const item of asked) {
      const p = itemPoints(item, answers);
      if (p === undefined) return undefined;
      total += p;
    }
    const positive = total >= CRAFFT_POSITIVE_AT;
    return { instrument: 'crafft', total, band: positive ? 'positive' : 'negative', positive };
  },
};
