import { BackendError } from '../backend/types.js';

/** An id to look up: a non-empty string (any characters; the HTTP adapter encodes it). */
export function checkId(id: unknown, what: string): string {
  if (typeof id !== 'string' || id.trim() === '' || id.length > 256) {
    throw new BackendError('invalid-request', `The ${what} id must be a non-empty text of at most 256 characters.`);
  }
  return id;
}
