import fs from 'node:fs';
import path from 'node:path';

/**
 * `npx tsx bench/profile.ts <file.cpuprofile> [rows]`: where a `node --cpu-prof` profile spends its time — the
 * functions with the most self time, and the time spent under each package or source directory (inclusive),
 * so a missed target can be traced to the layer that costs it (`--skip-startup` leaves out module loading and
 * plugin registration). `npm run bench -- --profile` writes one profile per server into bench/results/profiles/.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The package (node_modules/<name>) or the repository directory a frame's code belongs to. */
function layerOf(url: string): string {
  if (url === '') return '(native/V8)';
  if (url.startsWith('node:')) return 'node:internals';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  const repo = /\/(dist|src)\/(.+)\/[^/]+$/.exec(url);
  return repo ? `${repo[1]}/${repo[2]}` : path.basename(url);
}

/** Startup work: plugin registration (avvio: schema compilation, route building) and module loading. */
function isStartup(url: string): boolean {
  return /node_modules\/avvio\/|node:internal\/modules\//.test(url);
}

export function summarize(profile: Profile, rows: number, options: { skipStartup?: boolean } = {}): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const startup = new Set<number>();
  if (options.skipStartup) {
    for (const node of profile.nodes) {
      for (let current: number | undefined = node.id; current !== undefined; current = parent.get(current)) {
        if (isStartup(byId.get(current)!.callFrame.url)) {
          startup.add(node.id);
          break;
        }
      }
    }
  }
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    if (!startup.has(id)) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  const total = [...self.values()].reduce((sum, value) => sum + value, 0);
  const idle = [...self].filter(([id]) => byId.get(id)!.callFrame.functionName === '(idle)').reduce((sum, [, value]) => sum + value, 0);
  const busy = total - idle;

  const selfByFunction = new Map<string, number>();
  const inclusiveByLayer = new Map<string, number>();
  for (const [id, time] of self) {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)') continue;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url ? `${layerOf(frame.url)}/${path.basename(frame.url)}:${frame.lineNumber + 1}` : ''}`;
    selfByFunction.set(name, (selfByFunction.get(name) ?? 0) + time);
    const layers = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      const url = byId.get(current)!.callFrame.url;
      if (url) layers.add(layerOf(url));
    }
    for (const layer of layers) inclusiveByLayer.set(layer, (inclusiveByLayer.get(layer) ?? 0) + time);
  }
  const line = (time: number, label: string) => `${(time / 1000).toFixed(0).padStart(8)} ms ${((100 * time) / busy).toFixed(1).padStart(5)}%  ${label}`;
  const top = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, rows);
  return [
    `busy ${(busy / 1000).toFixed(0)} ms of ${(total / 1000).toFixed(0)} ms sampled (percentages are of busy time)`,
    '',
    'self time by function:',
    ...top(selfByFunction).map(([label, time]) => line(time, label)),
    '',
    'inclusive time by layer (a frame counts for every layer on its stack):',
    ...top(inclusiveByLayer).map(([label, time]) => line(time, label)),
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  const skipStartup = process.argv.includes('--skip-startup');
  const [file, rows] = process.argv.slice(2).filter((arg) => arg !== '--skip-startup');
  if (!file) {
    console.error('usage: npx tsx bench/profile.ts <file.cpuprofile> [rows] [--skip-startup]');
    process.exit(2);
  }
  console.log(summarize(JSON.parse(fs.readFileSync(file, 'utf8')) as Profile, Number(rows ?? 25), { skipStartup }));
}
