/** Small helpers for the reference backend's plain Node `http` handlers (no framework). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FieldIssue } from '../../src/core/schemas/index.js';

export type Next = (err?: unknown) => void;
export type Handler = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

/** Request bodies larger than this are refused with 413 (card photos are downscaled well below it). */
export const BODY_LIMIT_BYTES = 3 * 1024 * 1024;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, status: number, error: string, extra: { issues?: FieldIssue[]; headers?: Record<string, string> } = {}): void {
  sendJson(res, status, { error, ...(extra.issues ? { issues: extra.issues } : {}) }, extra.headers);
}

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
  }
}

/** Reads a JSON body up to `limit` bytes; 413 beyond it, 415 for a non-JSON content type, 400 for malformed JSON. */
export async function readJsonBody(req: IncomingMessage, limit = BODY_LIMIT_BYTES): Promise<unknown> {
  const type = String(req.headers['content-type'] ?? '').toLowerCase();
  if (!type.startsWith('application/json') && !/^application\/[a-z0-9.+-]*\+json/.test(type)) {
    req.resume();
    throw new HttpProblem(415, 'The request body must be JSON (Content-Type: application/json).');
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    throw new HttpProblem(413, `The request body is larger than ${Math.round(limit / 1024 / 1024)} MB.`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let tooBig = false;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) tooBig = true; // keep draining so the client can read the answer
    else chunks.push(chunk);
    if (size > limit * 10) break;
  }
  if (tooBig) throw new HttpProblem(413, `The request body is larger than ${Math.round(limit / 1024 / 1024)} MB.`);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpProblem(400, 'The request body is not valid JSON.');
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
