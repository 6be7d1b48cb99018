/** Default form, pages 4–8: mental health; alcohol and drugs; health and medications; past treatment; home, work and support. */
import type { Page } from '../../schemas/index.js';
import { ALL_THAT_APPLY, NOT_SURE, display, is, isIn, longText, multiple, opt, single, t, text, yesNo } from './build.js';
import { SUBSTANCE_FOCUS } from './pages-you.js';

export const mentalHealthPage: Page = {
  id: 'mental-health',
  title: t('How you have been feeling', 'Cómo se ha sentido'),
  description: t(
    'These short questionnaires help our team understand how you are doing. They are a screening, not a diagnosis.',
    'Estos cuestionarios breves ayudan a nuestro equipo a entender cómo se encuentra. Son una evaluación inicial, no un diagnóstico.',
  ),
  items: [
    { type: 'instrument', instrument: 'phq9' },
    { type: 'instrument', instrument: 'gad7' },
    yesNo('crisis-now', t('Right now, are you having thoughts of ending your life or hurting yourself?', 'En este momento, ¿tiene pensamientos de quitarse la vida o de hacerse daño?'), {
      required: true,
      help: t(
        'If yes, you are not alone. You can call or text 988 at any time. If you are in danger, call 911.',
        'Si la respuesta es sí, no está solo/a. Puede llamar o enviar un mensaje de texto al 988 en cualquier momento. Si está en peligro, llame al 911.',
      ),
    }),
    yesNo('past-attempt', t('Have you ever tried to end your life?', '¿Alguna vez ha intentado quitarse la vida?')),
    multiple(
      'mental-health-history',
      t('Has a doctor or counselor ever told you that you have any of these?', '¿Algún médico o consejero le ha dicho alguna vez que tiene alguna de estas condiciones?'),
      [
        opt('none', 'None of these', 'Ninguna de estas', { exclusive: true }),
        opt('depression', 'Depression', 'Depresión'),
        opt('anxiety', 'Anxiety or panic', 'Ansiedad o pánico'),
        opt('ptsd', 'PTSD or trauma', 'Trastorno de estrés postraumático o trauma'),
        opt('bipolar', 'Bipolar disorder', 'Trastorno bipolar'),
        opt('psychosis', 'Schizophrenia or psychosis', 'Esquizofrenia o psicosis'),
        opt('eating', 'An eating disorder', 'Un trastorno de la alimentación'),
        opt('adhd', 'ADHD', 'TDAH (déficit de atención e hiperactividad)'),
        opt('other', 'Something else', 'Otra condición'),
      ],
      { help: ALL_THAT_APPLY },
    ),
  ],
};

export const alcoholDrugsPage: Page = {
  id: 'alcohol-drugs',
  title: t('Alcohol and drugs', 'Alcohol y drogas'),
  description: t(
    'A few standard questions that every person we see is asked. They help our team, and they are not a test.',
    'Algunas preguntas estándar que hacemos a todas las personas que atendemos. Ayudan a nuestro equipo y no son un examen.',
  ),
  items: [
    // Under 18 (from "dob"), the engine shows CRAFFT 2.1 here instead of AUDIT-C and DAST-10.
    { type: 'instrument', instrument: 'audit-c' },
    { type: 'instrument', instrument: 'dast10', visibleIf: SUBSTANCE_FOCUS },
  ],
};

export const healthPage: Page = {
  id: 'health',
  title: t('Health and medications', 'Salud y medicamentos'),
  items: [
    longText('medical-conditions', t('Do you have any health conditions we should know about? (optional)', '¿Tiene algún problema de salud que debamos conocer? (opcional)'), {
      help: t('For example, diabetes, high blood pressure, hepatitis, HIV, chronic pain or seizures.', 'Por ejemplo, diabetes, presión alta, hepatitis, VIH, dolor crónico o convulsiones.'),
    }),
    longText('medications', t('Which medicines do you take now? (optional)', '¿Qué medicamentos toma actualmente? (opcional)'), {
      help: t('Include the dose if you know it, and medicines for opioid or alcohol use like buprenorphine, methadone or naltrexone.', 'Incluya la dosis si la sabe, y los medicamentos para el consumo de opioides o alcohol como buprenorfina, metadona o naltrexona.'),
    }),
    text('allergies', t('Allergies to medicines (optional)', 'Alergias a medicamentos (opcional)'), { maxLength: 300 }),
    single('pregnant', t('Are you pregnant?', '¿Está embarazada?'), [opt('yes', 'Yes', 'Sí'), opt('no', 'No', 'No'), NOT_SURE()], {
      visibleIf: is('sex-at-birth', 'female'),
      help: t('We ask so we can keep you and your baby safe.', 'Le preguntamos para poder cuidar de usted y de su bebé.'),
    }),
    yesNo('has-doctor', t('Do you have a regular doctor?', '¿Tiene un médico de cabecera?')),
  ],
};

export const pastTreatmentPage: Page = {
  id: 'past-treatment',
  title: t('Past treatment', 'Tratamiento anterior'),
  items: [
    multiple(
      'past-treatment',
      t('Have you had any of these kinds of care before?', '¿Ha recibido antes alguno de estos tipos de atención?'),
      [
        opt('none', 'None — this is my first time', 'Ninguno: es mi primera vez', { exclusive: true }),
        opt('detox', 'Detox (withdrawal management)', 'Desintoxicación (manejo de la abstinencia)'),
        opt('residential', 'Residential or inpatient treatment', 'Tratamiento residencial o con internación'),
        opt('php', 'Partial hospitalization (PHP)', 'Hospitalización parcial (PHP)'),
        opt('iop', 'Intensive outpatient (IOP)', 'Tratamiento ambulatorio intensivo (IOP)'),
        opt('outpatient', 'Counseling or therapy', 'Consejería o terapia'),
        opt('medication', 'Medication for opioid or alcohol use', 'Medicamentos para el consumo de opioides o alcohol'),
        opt('psychiatric-hospital', 'A stay in a psychiatric hospital', 'Una internación en un hospital psiquiátrico'),
        opt('peer-support', 'Support groups (for example, AA, NA or SMART Recovery)', 'Grupos de apoyo (por ejemplo, AA, NA o SMART Recovery)'),
      ],
      { help: ALL_THAT_APPLY },
    ),
    longText('past-treatment-notes', t('What helped, and what did not? (optional)', '¿Qué le ayudó y qué no? (opcional)'), {
      visibleIf: { op: 'and', exprs: [{ op: 'answered', q: 'past-treatment' }, { op: 'not', expr: isIn('past-treatment', ['none']) }] },
    }),
  ],
};

export const homePage: Page = {
  id: 'home',
  title: t('Home, work and support', 'Hogar, trabajo y apoyo'),
  items: [
    multiple(
      'lives-with',
      t('Who do you live with?', '¿Con quién vive?'),
      [
        opt('alone', 'I live alone', 'Vivo solo/a', { exclusive: true }),
        opt('partner', 'A partner or spouse', 'Mi pareja o cónyuge'),
        opt('children', 'Children', 'Hijos o hijas'),
        opt('parents', 'Parents or other family', 'Mis padres u otros familiares'),
        opt('roommates', 'Roommates or friends', 'Compañeros de casa o amigos'),
        opt('no-home', "I don't have a stable place to live right now", 'Ahora no tengo un lugar estable donde vivir', { exclusive: true }),
        opt('other', 'Someone else', 'Otra persona'),
      ],
      { help: ALL_THAT_APPLY },
    ),
    single('home-safe', t('Do you feel safe where you live?', '¿Se siente seguro/a donde vive?'), [opt('yes', 'Yes', 'Sí'), opt('no', 'No', 'No'), NOT_SURE()], { required: true }),
    display(
      'home-safe-note',
      t(
        'Thank you for telling us. Our team will talk with you about the safest first step and the support that fits you. If you are in danger now, call 911.',
        'Gracias por contarnos. Nuestro equipo hablará con usted sobre el primer paso más seguro y el apoyo que más le conviene. Si está en peligro ahora, llame al 911.',
      ),
      is('home-safe', 'no'),
    ),
    single(
      'home-substance-free',
      t('Is your home free of alcohol and drugs?', '¿Su hogar está libre de alcohol y drogas?'),
      [opt('yes', 'Yes', 'Sí'), opt('mostly', 'Mostly', 'En su mayoría'), opt('no', 'No', 'No')],
      { visibleIf: { op: 'not', expr: isIn('lives-with', ['no-home']) } },
    ),
    single('work-school', t('Are you working or in school?', '¿Trabaja o estudia?'), [
      opt('full-time', 'Working full time', 'Trabajo tiempo completo'),
      opt('part-time', 'Working part time', 'Trabajo medio tiempo'),
      opt('school', 'In school', 'Estudio'),
      opt('not-working', 'Not working right now', 'No trabajo en este momento'),
      opt('other', 'Other', 'Otra situación'),
    ]),
    longText('support-people', t('Who supports your recovery? (optional)', '¿Quién le apoya en su recuperación? (opcional)'), {
      help: t('For example, family, friends, a sponsor or a faith community.', 'Por ejemplo, familiares, amigos, un padrino o madrina, o una comunidad de fe.'),
    }),
  ],
};
