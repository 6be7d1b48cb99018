/** Default form, pages 9–11: scheduling preferences; insurance summary; emergency contact. */
import type { Page } from '../../schemas/index.js';
import { ALL_THAT_APPLY, NOT_SURE, display, is, multiple, opt, phone, single, t, text, yesNo } from './build.js';

export const schedulingPage: Page = {
  id: 'scheduling',
  title: t('When and how you can take part', 'Cuándo y cómo puede participar'),
  description: t(
    'Intensive outpatient programs meet a few hours a day, a few days a week, while you live at home.',
    'Los programas ambulatorios intensivos se reúnen unas horas al día, algunos días a la semana, mientras usted vive en su casa.',
  ),
  items: [
    multiple(
      'time-of-day',
      t('Which times could work for you?', '¿Qué horarios podrían funcionarle?'),
      [
        opt('morning', 'Mornings', 'Mañanas'),
        opt('afternoon', 'Afternoons', 'Tardes'),
        opt('evening', 'Evenings', 'Noches'),
        opt('weekend', 'Weekends', 'Fines de semana'),
      ],
      { help: ALL_THAT_APPLY, required: true, minSelected: 1 },
    ),
    single('format', t('How would you like to attend?', '¿Cómo le gustaría asistir?'), [
      opt('in-person', 'In person', 'En persona'),
      opt('virtual', 'Online (video)', 'En línea (por video)'),
      opt('either', 'Either is fine', 'Cualquiera de las dos'),
    ], { required: true }),
    yesNo('has-transport', t('Do you have a way to get to our center?', '¿Tiene cómo llegar a nuestro centro?'), { visibleIf: { op: 'in', q: 'format', values: ['in-person', 'either'] } }),
    single('start-when', t('When would you like to start?', '¿Cuándo le gustaría empezar?'), [
      opt('asap', 'As soon as possible', 'Lo antes posible'),
      opt('2-weeks', 'In the next 2 weeks', 'En las próximas 2 semanas'),
      opt('month', 'In the next month', 'En el próximo mes'),
      NOT_SURE(),
    ]),
  ],
};

export const insurancePage: Page = {
  id: 'insurance',
  title: t('Insurance', 'Seguro médico'),
  description: t(
    'No insurance? We can still talk. Many centers have sliding-scale fees or state-funded options.',
    '¿No tiene seguro? Igual podemos hablar. Muchos centros tienen tarifas según sus ingresos u opciones financiadas por el estado.',
  ),
  items: [
    single('has-insurance', t('Do you have health insurance?', '¿Tiene seguro médico?'), [opt('yes', 'Yes', 'Sí'), opt('no', 'No', 'No'), NOT_SURE()], { required: true }),
    single(
      'insurance-type',
      t('What kind of insurance is it?', '¿Qué tipo de seguro es?'),
      [
        opt('private', 'Through a job or bought myself', 'Por mi trabajo o lo compré yo'),
        opt('medicaid', 'Medicaid', 'Medicaid'),
        opt('medicare', 'Medicare', 'Medicare'),
        opt('tricare', 'TRICARE or VA (military)', 'TRICARE o VA (militar)'),
        opt('other', 'Other', 'Otro'),
      ],
      { visibleIf: is('has-insurance', 'yes') },
    ),
    text('insurance-company', t('Insurance company or plan name', 'Nombre de la compañía de seguros o del plan'), {
      visibleIf: is('has-insurance', 'yes'),
      maxLength: 120,
      help: t('As it appears on your card.', 'Tal como aparece en su tarjeta.'),
    }),
    display(
      'insurance-check-pointer',
      t(
        'You can also check your coverage with our insurance check. You do not need your card to finish this form.',
        'También puede revisar su cobertura con nuestra verificación de seguro. No necesita su tarjeta para terminar este formulario.',
      ),
      is('has-insurance', 'yes'),
    ),
  ],
};

export const emergencyContactPage: Page = {
  id: 'emergency-contact',
  title: t('Emergency contact', 'Contacto de emergencia'),
  description: t(
    'Someone we can call if we cannot reach you in an emergency. We will not share your answers with them.',
    'Alguien a quien podamos llamar si no logramos comunicarnos con usted en una emergencia. No compartiremos sus respuestas con esa persona.',
  ),
  items: [
    text('emergency-name', t('Their name', 'Su nombre'), { maxLength: 100 }),
    text('emergency-relationship', t('How do you know them?', '¿Qué relación tiene con esa persona?'), {
      maxLength: 60,
      help: t('For example, mother, partner, friend.', 'Por ejemplo, madre, pareja, amigo/a.'),
    }),
    phone('emergency-phone', t('Their phone number', 'Su número de teléfono'), { requiredIf: { op: 'answered', q: 'emergency-name' } }),
  ],
};
