/** Plain-language messages of an eligibility result, in English and Spanish. */
import type { Locale } from '../schemas/index.js';

type M = Record<Locale, string>;
const m = (en: string, es: string): M => ({ en, es });

export const X12_MESSAGES = {
  notAGuarantee: m(
    'Verification of benefits is not a guarantee of payment. Final coverage is decided by your insurance plan when claims are processed.',
    'La verificación de beneficios no es una garantía de pago. La cobertura final la decide su plan de seguro cuando se procesan las reclamaciones.',
  ),
  active: m('Your plan is active.', 'Su plan está activo.'),
  activeInNetwork: m('Your plan is active and our program is in network.', 'Su plan está activo y nuestro programa está dentro de la red.'),
  networkUnknown: m(
    'Your plan is active. It did not say whether our program is in network; our team will check with the plan.',
    'Su plan está activo. El plan no indicó si nuestro programa está dentro de la red; nuestro equipo lo verificará con el plan.',
  ),
  priorAuth: m(
    'Some of this care needs prior authorization; our admissions team requests it for you.',
    'Parte de esta atención necesita autorización previa; nuestro equipo de admisiones la solicita por usted.',
  ),
  carveOut: m(
    'Your plan is active. Mental health and substance-use benefits are managed by {name}; our team will confirm them with {name}{phone}.',
    'Su plan está activo. Los beneficios de salud mental y uso de sustancias los administra {name}; nuestro equipo los confirmará con {name}{phone}.',
  ),
  carveOutPhone: m(', or you can call them at {phone}', ', o usted puede llamarles al {phone}'),
  notCovered: m(
    'The plan lists some of this care as not covered. Our team can talk with you about other ways to pay.',
    'El plan indica que parte de esta atención no está cubierta. Nuestro equipo puede hablar con usted sobre otras formas de pago.',
  ),
  twoPlans: m(
    'The plan lists more than one coverage ({plans}); our team will confirm which one applies.',
    'El plan indica más de una cobertura ({plans}); nuestro equipo confirmará cuál aplica.',
  ),
  inactive: m(
    'The plan says this coverage is not active. If you have newer insurance, please check that card; our team can also help you look at other ways to pay.',
    'El plan indica que esta cobertura no está activa. Si tiene un seguro más reciente, revise esa tarjeta; nuestro equipo también puede ayudarle a buscar otras formas de pago.',
  ),
  notFound: {
    memberId: m(
      'The plan could not find this member. Please check the member ID on your card (and the name and date of birth exactly as the plan has them) and try again.',
      'El plan no encontró a este miembro. Revise el número de miembro en su tarjeta (y el nombre y la fecha de nacimiento tal como los tiene el plan) e inténtelo de nuevo.',
    ),
    name: m(
      'The plan could not match the name. Please enter the first and last name exactly as they appear on the insurance card.',
      'El plan no reconoció el nombre. Escriba el nombre y el apellido tal como aparecen en la tarjeta del seguro.',
    ),
    dateOfBirth: m(
      'The plan could not match the date of birth. Please check it and try again.',
      'El plan no reconoció la fecha de nacimiento. Revísela e inténtelo de nuevo.',
    ),
  },
  retry: m(
    "The insurance company's system did not answer. Please try again in a little while, or call us and we will check for you.",
    'El sistema de la compañía de seguros no respondió. Inténtelo de nuevo en un rato, o llámenos y lo verificaremos por usted.',
  ),
  setup: m(
    'We could not check this plan online. Our admissions team will check it for you and contact you.',
    'No pudimos verificar este plan en línea. Nuestro equipo de admisiones lo verificará por usted y se comunicará con usted.',
  ),
  review: m(
    'The plan answered, but a person needs to review it. Our admissions team will look at it and contact you.',
    'El plan respondió, pero una persona necesita revisarlo. Nuestro equipo de admisiones lo revisará y se comunicará con usted.',
  ),
} as const;

export function say(msg: M, locale: Locale, params: Record<string, string> = {}): string {
  return msg[locale].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
}
