/**
 * Vite plugin for the demo: mounts the reference backend at /api and the static data
 * file at /iop-data.json, in `vite` (dev) and `vite preview`.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { createReferenceApi, createStaticDataHandler } from './api.js';
import type { DataSource } from './data.js';

export interface ReferenceBackendPluginOptions {
  /** Where intake submissions are written (default `demo/.data`, relative to the working directory). */
  dataDir?: string;
  basePath?: string;
  /** A delay before every answer, to see loading states (`IOP_LATENCY_MS` env; default 300 ms). */
  latencyMs?: number;
  dataSource?: DataSource;
}

export function iopReferenceBackend(options: ReferenceBackendPluginOptions = {}): Plugin {
  const make = () => {
    const api = createReferenceApi({
      dataDir: resolve(options.dataDir ?? 'demo/.data'),
      basePath: options.basePath ?? '/api',
      latencyMs: options.latencyMs ?? 300,
      ...(options.dataSource ? { dataSource: options.dataSource } : {}),
    });
    const file = createStaticDataHandler(options.dataSource ? { dataSource: options.dataSource } : {});
    return [api, file] as const;
  };
  return {
    name: 'iop-reference-backend',
    configureServer(server) {
      for (const h of make()) server.middlewares.use(h);
    },
    configurePreviewServer(server) {
      for (const h of make()) server.middlewares.use(h);
    },
  };
}
