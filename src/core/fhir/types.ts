/**
 * The parts of FHIR R4 Questionnaire and QuestionnaireResponse the kit writes
 * (https://hl7.org/fhir/R4/questionnaire.html, https://hl7.org/fhir/R4/questionnaireresponse.html).
 * Import reads `unknown` JSON, not these types: real-world files do not always match them.
 */
export interface Coding {
  system?: string;
  code?: string;
  display?: string;
  extension?: Extension[];
}

export interface Extension {
  url: string;
  valueDecimal?: number;
  valueInteger?: number;
  valueString?: string;
  valueCode?: string;
  valueDate?: string;
  valueCoding?: Coding;
  valueCodeableConcept?: { coding: Coding[]; text?: string };
  extension?: Extension[];
}

/** `_text`: extensions on a primitive (translations). */
export interface PrimitiveExtensions {
  extension: Extension[];
}

export type EnableWhenOperator = 'exists' | '=' | '!=' | '>' | '<' | '>=' | '<=';

export interface EnableWhen {
  question: string;
  operator: EnableWhenOperator;
  answerBoolean?: boolean;
  answerDecimal?: number;
  answerInteger?: number;
  answerDate?: string;
  answerDateTime?: string;
  answerTime?: string;
  answerString?: string;
  answerCoding?: Coding;
}

export type QuestionnaireItemType =
  | 'group'
  | 'display'
  | 'boolean'
  | 'decimal'
  | 'integer'
  | 'date'
  | 'dateTime'
  | 'time'
  | 'string'
  | 'text'
  | 'url'
  | 'choice'
  | 'open-choice'
  | 'attachment'
  | 'reference'
  | 'quantity';

export interface AnswerOption {
  valueCoding?: Coding;
  valueString?: string;
  valueInteger?: number;
  valueDate?: string;
  initialSelected?: boolean;
  extension?: Extension[];
}

export interface QuestionnaireItem {
  linkId: string;
  type: QuestionnaireItemType;
  text?: string;
  _text?: PrimitiveExtensions;
  prefix?: string;
  code?: Coding[];
  required?: boolean;
  repeats?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  enableWhen?: EnableWhen[];
  enableBehavior?: 'all' | 'any';
  answerOption?: AnswerOption[];
  extension?: Extension[];
  item?: QuestionnaireItem[];
}

export interface Questionnaire {
  resourceType: 'Questionnaire';
  id?: string;
  url?: string;
  version?: string;
  name?: string;
  title?: string;
  _title?: PrimitiveExtensions;
  status: 'draft' | 'active' | 'retired' | 'unknown';
  language?: string;
  subjectType?: string[];
  code?: Coding[];
  extension?: Extension[];
  item?: QuestionnaireItem[];
}

export interface QuestionnaireResponseAnswer {
  valueBoolean?: boolean;
  valueDecimal?: number;
  valueInteger?: number;
  valueDate?: string;
  valueString?: string;
  valueCoding?: Coding;
}

export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer?: QuestionnaireResponseAnswer[];
  item?: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id?: string;
  identifier?: { system: string; value: string };
  questionnaire?: string;
  status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
  authored?: string;
  language?: string;
  extension?: Extension[];
  item?: QuestionnaireResponseItem[];
}
