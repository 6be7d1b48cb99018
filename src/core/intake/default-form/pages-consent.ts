/**
 * Default form, page 12: consents. The 42 CFR Part 2 consent follows §2.31 (as amended by
 * the 2024 final rule): who may disclose, to whom, what, the purpose, the right to revoke,
 * the expiry, the signature and date, and the notice on redisclosure. It names "this
 * treatment center and the program I am applying to": a center should edit the body to
 * name itself and its program (and raise the version) before going live.
 */
import type { Page } from '../../schemas/index.js';
import { t } from './build.js';

export const PART2_CONSENT_VERSION = 'iop-part2-2026-01';
export const HIPAA_NOTICE_VERSION = 'iop-npp-ack-2026-01';

export const consentsPage: Page = {
  id: 'consents',
  title: t('Privacy and consent', 'Privacidad y consentimiento'),
  description: t(
    'Please read each part. You can ask us about any of it before you agree.',
    'Por favor, lea cada parte. Puede preguntarnos sobre cualquier punto antes de aceptar.',
  ),
  items: [
    {
      id: 'consent-hipaa',
      type: 'consent',
      kind: 'hipaa-notice',
      version: HIPAA_NOTICE_VERSION,
      required: true,
      text: t('I confirm that I was offered the Notice of Privacy Practices.', 'Confirmo que se me ofreció el Aviso de Prácticas de Privacidad.'),
      body: t(
        'Notice of Privacy Practices. This treatment center has a Notice of Privacy Practices. It explains how the center may use and share your health information, and your rights: to see and get a copy of your records, to ask for corrections, to ask for limits on sharing, to get a list of certain disclosures, and to file a complaint with the center or with the U.S. Department of Health and Human Services. You will not be treated differently for filing a complaint. Confirming this only says that you were offered the notice; it does not give permission to share anything.',
        'Aviso de Prácticas de Privacidad. Este centro de tratamiento tiene un Aviso de Prácticas de Privacidad. Explica cómo el centro puede usar y compartir su información de salud, y cuáles son sus derechos: ver y obtener una copia de sus expedientes, pedir correcciones, pedir límites a lo que se comparte, obtener una lista de ciertas divulgaciones y presentar una queja ante el centro o ante el Departamento de Salud y Servicios Humanos de los Estados Unidos. No recibirá un trato diferente por presentar una queja. Confirmar esto solo indica que se le ofreció el aviso; no da permiso para compartir nada.',
      ),
    },
    {
      id: 'consent-part2',
      type: 'consent',
      kind: '42-cfr-part-2',
      version: PART2_CONSENT_VERSION,
      required: true,
      text: t('I agree to share my answers as described above.', 'Acepto que se compartan mis respuestas como se describe arriba.'),
      body: t(
        'Consent to share substance use information (42 CFR Part 2). I allow this treatment center to share the answers I give in this questionnaire — including information about my use of alcohol or drugs, my mental health screening answers and scores, and my contact details — with the intake and clinical team of the program I am applying to at this center. The purpose is to decide whether the program is right for me, to plan my first steps of care, and to contact me about it. This consent ends 12 months after I sign it, unless I take it back sooner. I can take it back at any time by telling the center in writing, except for sharing already done because of it. My treatment does not depend on signing this consent, except that the team needs this information to decide on admission. Federal law (42 CFR Part 2) protects this information: it may not be used against me in a criminal, civil or administrative case without my separate written consent or a court order.',
        'Consentimiento para compartir información sobre el consumo de sustancias (42 CFR Parte 2). Autorizo a este centro de tratamiento a compartir las respuestas que doy en este cuestionario —incluida la información sobre mi consumo de alcohol o drogas, mis respuestas y puntajes de las evaluaciones de salud mental y mis datos de contacto— con el equipo de admisión y el equipo clínico del programa de este centro al que estoy solicitando ingresar. El propósito es decidir si el programa es adecuado para mí, planear mis primeros pasos de atención y comunicarse conmigo sobre esto. Este consentimiento termina 12 meses después de que lo firme, a menos que lo retire antes. Puedo retirarlo en cualquier momento avisándole al centro por escrito, excepto en lo que ya se haya compartido con base en él. Mi tratamiento no depende de que firme este consentimiento, salvo que el equipo necesita esta información para decidir la admisión. La ley federal (42 CFR Parte 2) protege esta información: no se puede usar en mi contra en un caso penal, civil o administrativo sin mi consentimiento por escrito aparte o una orden judicial.',
      ),
    },
    {
      id: 'signature',
      type: 'signature',
      required: true,
      autocomplete: 'name',
      text: t('Type your full name to sign', 'Escriba su nombre completo para firmar'),
      help: t(
        "Typing your name works like signing on paper. Today's date is saved with it.",
        'Escribir su nombre tiene el mismo valor que firmar en papel. La fecha de hoy se guarda con su firma.',
      ),
    },
  ],
};
