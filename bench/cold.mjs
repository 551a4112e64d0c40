#!/usr/bin/env node
// One build in a fresh process, as the CLI runs it on one thread: the JIT, the regexes and the
// memo caches all start cold. Prints JSON {importCpuMs, buildCpuMs, buildWallMs, bytes} for
// bench/run.js. A build in a warm process (the bench's median) is 2-3x cheaper on the same text.
const input = process.argv[2];
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const t0 = cpu();
const { buildDossier, createContext, readInputs } = await import('../dist/index.js');
const t1 = cpu();
// Read as run.js reads it, with the project's reader.
const docs = [];
for await (const item of readInputs([input])) if ('text' in item) docs.push(item);
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const wall0 = performance.now();
const c0 = cpu();
buildDossier(docs, createContext({ now: new Date(0) }));
process.stdout.write(`${JSON.stringify({ importCpuMs: Math.round(t1 - t0), buildCpuMs: Math.round(cpu() - c0), buildWallMs: Math.round(performance.now() - wall0), bytes })}\n`);
