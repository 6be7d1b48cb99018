/** The review step's id in `pageId` and `iop-intake-page-change`. */
export const REVIEW = 'review';

/** The control of a question (the first radio or checkbox of a group). */
export const fieldSelector = (questionId: string): string => `#${CSS.escape(`q-${questionId}`)}`;
