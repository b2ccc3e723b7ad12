import type { Command } from '../cli.js';

/** `sync`, `status` and `serve` are added by the sync engine and the HTTP server. */
export function registerSyncCommands(_commands: Map<string, Command>): void {}
