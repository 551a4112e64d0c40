/**
 * Starting and stopping the app: listen on a host and port, answer only to the names of that host.
 */
import type { FastifyInstance } from 'fastify';
import type { StoreBuilder } from '../store/builder.js';
import { createApp } from './app.js';

/** Options of {@link startServer}. */
export interface ServeOptions {
  readonly builder: StoreBuilder;
  /** Interface to bind (default `127.0.0.1`: this machine only). */
  readonly host?: string;
  /** Port (default {@link DEFAULT_PORT}; 0 picks a free one). */
  readonly port?: number;
  readonly maxUploadBytes?: number;
  readonly logger?: boolean;
}

/** A running app. */
export interface RunningServer {
  readonly app: FastifyInstance;
  /** The app's address, e.g. `http://127.0.0.1:8787/`. */
  readonly url: string;
  /** Stops listening (the store stays open). */
  close(): Promise<void>;
}

/** Default port of `corroborate serve`. */
export const DEFAULT_PORT = 8787;
const LOOPBACK: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
const ANY: ReadonlySet<string> = new Set(['0.0.0.0', '::', '[::]']);

/**
 * The host names the app answers to when bound to `host`: loopback names for a loopback address,
 * any name for a wildcard address (the user asked for it), else that host and the loopback names.
 *
 * @example
 * allowedHostsFor('127.0.0.1'); // ['localhost', '127.0.0.1', '[::1]']
 */
export function allowedHostsFor(host: string): string[] {
  const loopback = ['localhost', '127.0.0.1', '[::1]'];
  if (LOOPBACK.has(host)) return loopback;
  if (ANY.has(host)) return ['*'];
  return [host.includes(':') && !host.startsWith('[') ? `[${host}]` : host, ...loopback];
}

/**
 * Builds the app and starts listening.
 *
 * @example
 * const server = await startServer({ builder, port: 0 });
 * console.log(server.url); // http://127.0.0.1:40123/
 * await server.close();
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const app = await createApp({
    builder: options.builder,
    allowedHosts: allowedHostsFor(host),
    ...(options.maxUploadBytes !== undefined ? { maxUploadBytes: options.maxUploadBytes } : {}),
    ...(options.logger !== undefined ? { logger: options.logger } : {}),
  });
  await app.listen({ host, port: options.port ?? DEFAULT_PORT });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : (options.port ?? DEFAULT_PORT);
  const shown = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return {
    app,
    url: `http://${shown}:${port}/`,
    close: () => app.close(),
  };
}
