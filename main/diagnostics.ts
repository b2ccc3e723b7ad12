import os from 'node:os';
import type { ApiTargetStatus } from '../shared/api.js';
import { oneLine } from '../shared/errors.js';
import type { BizcardApp } from './app.js';
import { currentLogFile, lastLogLines, scrub } from './log.js';
import { appVersion } from './paths.js';
import type { SettingsService } from './settings.js';
import { probeTargets } from './sync/probe.js';

/**
 * What a support person asks for first, as one text to paste: versions, paths, where secrets
 * live, each setting and its source (secrets masked), each server asked now, queue counts and
 * the last log lines. Scrubbed once more as a whole: nothing secret leaves in it.
 */
export async function diagnosticsText(app: BizcardApp, settings: SettingsService, status: ApiTargetStatus[], probeTimeoutMs = 3000): Promise<string> {
  const v = process.versions as NodeJS.ProcessVersions & { electron?: string; chrome?: string };
  const lines = [
    `BizCard Scanner diagnostics, ${new Date().toISOString()}`,
    `version ${appVersion()}; node ${v.node}${v.electron ? `; electron ${v.electron}; chrome ${v.chrome}` : ''}; ${os.platform()} ${os.release()} ${os.arch()}; ${os.cpus().length} cpus, ${Math.round(os.totalmem() / 2 ** 20)} MB`,
    `data folder: ${app.dataDir}`,
    `log file: ${currentLogFile(app.dataDir) ?? '(none yet)'}`,
    `secret storage ${settings.secretStorage.kind} (${settings.secretStorage.location}), ${settings.secretStorage.encrypted ? 'encrypted' : 'NOT encrypted'}${settings.secretStorage.warning ? ` - ${settings.secretStorage.warning}` : ''}`,
    `contacts: ${app.contacts.count()}`,
    '',
    'configuration:',
  ];
  let probes: Awaited<ReturnType<typeof probeTargets>> = [];
  try {
    const resolved = settings.syncConfig();
    for (const o of resolved.origins) lines.push(`  ${o.key} = ${o.value}  [${o.source}]`);
    if (!resolved.origins.length) lines.push('  no server configured');
    probes = await probeTargets(resolved.settings, probeTimeoutMs);
  } catch (e) {
    lines.push(`  refused: ${oneLine(e)}`);
  }
  lines.push('', 'sync:');
  for (const t of status) {
    const p = probes.find((x) => x.target === t.target);
    const now = !t.configured ? 'not configured' : !p ? 'not asked' : p.ok ? `answered in ${p.ms} ms` : `no answer (${p.error})`;
    lines.push(`  ${t.target === 'db' ? 'PostgreSQL' : 'S3'}: ${now}; ${t.pending} pending, ${t.parked.length} parked; last synced ${t.lastOkAt ?? 'never'}${t.lastError ? `; last error ${t.lastErrorAt}: ${t.lastError}` : ''}`);
    for (const x of t.parked.slice(0, 10)) lines.push(`    parked #${x.id} ${x.op}: ${x.error}`);
  }
  lines.push('', 'last log lines:', ...lastLogLines(app.dataDir, 50).map((l) => `  ${l}`));
  return scrub(lines.join('\n'));
}
