/** Default form, pages 1–3: about you and contact; what brings you here; substance use. */
import type { Page } from '../../schemas/index.js';
import { ALL_THAT_APPLY, NOT_SURE, date, display, email, isIn, longText, multiple, opt, phone, single, t, text, yesNo } from './build.js';

/** Shown when the person came for help with alcohol or drugs, or is not sure. */
export const SUBSTANCE_FOCUS = isIn('reason', ['substance-use', 'both', 'not-sure']);

export const aboutPage: Page = {
  id: 'about',
  title: t('About you', 'Sus datos'),
  description: t(
    'This form takes about 20 minutes. Your answers are saved on this device as you go, so you can stop and come back. Only our care team will see them.',
    'Este formulario toma unos 20 minutos. Sus respuestas se guardan en este dispositivo mientras avanza, así que puede hacer una pausa y volver después. Solo nuestro equipo de atención las verá.',
  ),
  items: [
    text('first-name', t('First name', 'Nombre'), { required: true, autocomplete: 'given-name', maxLength: 35 }),
    text('last-name', t('Last name', 'Apellido'), { required: true, autocomplete: 'family-name', maxLength: 60 }),
    text('preferred-name', t('Name you like to be called (optional)', 'Nombre con el que prefiere que le llamemos (opcional)'), { autocomplete: 'nickname', maxLength: 60 }),
    date('dob', t('Date of birth', 'Fecha de nacimiento'), { required: true, autocomplete: 'bday', max: 'today' }),
    single(
      'sex-at-birth',
      t('Sex assigned at birth', 'Sexo asignado al nacer'),
      [opt('female', 'Female', 'Femenino'), opt('male', 'Male', 'Masculino'), opt('intersex', 'Intersex', 'Intersexual'), opt('prefer-not', 'I prefer not to say', 'Prefiero no decirlo')],
      { help: t('Some health questions depend on it. You can tell us your gender in the next question.', 'Algunas preguntas de salud dependen de esto. Puede decirnos su género en la siguiente pregunta.') },
    ),
    text('gender', t('Your gender, in your own words (optional)', 'Su género, en sus propias palabras (opcional)'), { maxLength: 60 }),
    phone('phone', t('Phone number', 'Número de teléfono'), {
      required: true,
      autocomplete: 'tel',
      help: t('We will only use it to talk with you about care.', 'Solo lo usaremos para hablar con usted sobre su atención.'),
    }),
    yesNo('ok-to-text', t('May we send you text messages?', '¿Podemos enviarle mensajes de texto?')),
    yesNo('ok-to-leave-message', t('May we leave a voicemail that says we are a treatment center?', '¿Podemos dejarle un mensaje de voz que diga que somos un centro de tratamiento?')),
    email('email', t('Email (optional)', 'Correo electrónico (opcional)'), { autocomplete: 'email' }),
    text('zip', t('ZIP code', 'Código postal'), { autocomplete: 'postal-code', maxLength: 10 }),
    single('preferred-language', t('Which language do you prefer for your care?', '¿En qué idioma prefiere recibir su atención?'), [
      opt('en', 'English', 'Inglés'),
      opt('es', 'Spanish', 'Español'),
      opt('other', 'Another language', 'Otro idioma'),
    ]),
  ],
};

export const reasonPage: Page = {
  id: 'reason',
  title: t('What brings you here', 'Qué le trae aquí'),
  items: [
    single(
      'reason',
      t('What would you like help with?', '¿Con qué le gustaría recibir ayuda?'),
      [
        opt('substance-use', 'Alcohol or drug use', 'El consumo de alcohol o drogas'),
        opt('mental-health', 'Mental health (for example, depression or anxiety)', 'La salud mental (por ejemplo, depresión o ansiedad)'),
        opt('both', 'Both', 'Las dos cosas'),
        opt('not-sure', "I'm not sure yet", 'Todavía no estoy seguro/a'),
      ],
      { required: true },
    ),
    longText('reason-details', t('In your own words, what is going on? (optional)', 'Con sus propias palabras, ¿qué está pasando? (opcional)'), {
      help: t('Share as much or as little as you like.', 'Comparta tanto o tan poco como quiera.'),
    }),
    single('referral-source', t('Did someone suggest you reach out to us?', '¿Alguien le sugirió que se comunicara con nosotros?'), [
      opt('self', 'No, I decided myself', 'No, lo decidí yo'),
      opt('family', 'Family or friends', 'Familia o amigos'),
      opt('doctor', 'A doctor or counselor', 'Un médico o consejero'),
      opt('hospital', 'A hospital or detox program', 'Un hospital o programa de desintoxicación'),
      opt('court', 'A court or probation officer', 'Un tribunal o un oficial de libertad condicional'),
      opt('work', 'My job', 'Mi trabajo'),
      opt('other', 'Someone else', 'Otra persona'),
    ]),
  ],
};

export const substancePage: Page = {
  id: 'substance-use',
  title: t('Substance use', 'Consumo de sustancias'),
  description: t(
    'There are no wrong answers. Honest answers help us find the safest care for you.',
    'No hay respuestas incorrectas. Las respuestas sinceras nos ayudan a encontrar la atención más segura para usted.',
  ),
  visibleIf: SUBSTANCE_FOCUS,
  items: [
    multiple(
      'substances',
      t('Which substances would you like help with?', '¿Con qué sustancias le gustaría recibir ayuda?'),
      [
        opt('alcohol', 'Alcohol', 'Alcohol'),
        opt('opioids', 'Opioids (for example, fentanyl, heroin or pain pills)', 'Opioides (por ejemplo, fentanilo, heroína o pastillas para el dolor)'),
        opt('stimulants', 'Stimulants (for example, meth or cocaine)', 'Estimulantes (por ejemplo, metanfetamina o cocaína)'),
        opt('cannabis', 'Cannabis (marijuana)', 'Cannabis (marihuana)'),
        opt('benzodiazepines', 'Sedatives or benzodiazepines (for example, Xanax)', 'Sedantes o benzodiacepinas (por ejemplo, Xanax)'),
        opt('other', 'Something else', 'Otra sustancia'),
      ],
      { help: ALL_THAT_APPLY, requiredIf: isIn('reason', ['substance-use', 'both']) },
    ),
    text('substances-other', t('What else do you use?', '¿Qué otra sustancia consume?'), { visibleIf: isIn('substances', ['other']), maxLength: 200 }),
    single('use-frequency', t('How often do you use, most weeks?', 'La mayoría de las semanas, ¿con qué frecuencia consume?'), [
      opt('daily', 'Every day', 'Todos los días'),
      opt('most-days', 'Most days', 'La mayoría de los días'),
      opt('weekly', 'Once or twice a week', 'Una o dos veces por semana'),
      opt('less', 'Less than once a week', 'Menos de una vez por semana'),
      opt('stopped', "I've stopped for now", 'Por ahora lo he dejado'),
    ]),
    date('last-use', t('When did you last use? (your best guess is fine)', '¿Cuándo fue la última vez que consumió? (una fecha aproximada está bien)'), { max: 'today' }),
    multiple(
      'withdrawal-history',
      t(
        'When you cut down or stopped in the past, did any of these happen?',
        'Cuando redujo o dejó el consumo en el pasado, ¿le pasó alguna de estas cosas?',
      ),
      [
        opt('none', 'None of these', 'Ninguna de estas', { exclusive: true }),
        opt('shakes', 'Shaking or sweating', 'Temblores o sudores'),
        opt('sick', 'Feeling very sick (nausea, vomiting, body aches)', 'Sentirse muy mal (náuseas, vómitos, dolores en el cuerpo)'),
        opt('hallucinations', 'Seeing or hearing things that were not there', 'Ver u oír cosas que no estaban ahí'),
        opt('seizures', 'A seizure (convulsions)', 'Una convulsión (ataque)'),
        opt('dts', 'Delirium tremens (DTs): severe confusion, shaking and fever', 'Delirium tremens: confusión fuerte, temblores y fiebre'),
      ],
      { help: ALL_THAT_APPLY },
    ),
    display(
      'withdrawal-note',
      t(
        'Thank you for telling us. Stopping some substances suddenly can be dangerous. Please do not stop on your own before talking with our team — we will help you find the safest first step.',
        'Gracias por contarnos. Dejar algunas sustancias de golpe puede ser peligroso. Por favor, no las deje por su cuenta antes de hablar con nuestro equipo: le ayudaremos a encontrar el primer paso más seguro.',
      ),
      isIn('withdrawal-history', ['seizures', 'dts', 'hallucinations']),
    ),
    yesNo('overdose-history', t('Have you ever had an overdose?', '¿Alguna vez ha tenido una sobredosis?')),
    single('naloxone', t('Do you have naloxone (Narcan) at home?', '¿Tiene naloxona (Narcan) en casa?'), [opt('yes', 'Yes', 'Sí'), opt('no', 'No', 'No'), NOT_SURE()], {
      visibleIf: isIn('substances', ['opioids']),
    }),
  ],
};
