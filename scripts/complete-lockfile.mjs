// The npm mirror on our build machines serves only the Linux builds of platform-specific optional
// packages, so `npm install` there leaves the other platforms' entries out of package-lock.json, and
// `npm ci` then refuses the lockfile as "out of sync". This adds the missing entries (version, os, cpu,
// libc: enough for npm to skip them on a platform they do not fit). Run after `npm install` changes
// the lockfile: `node scripts/complete-lockfile.mjs && npm install` (npm then keeps the entries and puts
// them in its own order). Idempotent; a no-op with a complete lockfile.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const PLATFORM =
  /-(android|darwin|freebsd|linux|openharmony|win32)-([a-z0-9]+?)(?:-(gnu|gnueabihf|musl|musleabihf|msvc|eabi))?$/;
const CPU = {
  arm: 'arm',
  arm64: 'arm64',
  x64: 'x64',
  ia32: 'ia32',
  loong64: 'loong64',
  ppc64: 'ppc64',
  riscv64: 'riscv64',
  s390x: 's390x',
};
let added = 0;
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${name}`;
    if (lock.packages[target] || lock.packages[`${location}/${target}`]) continue;
    const match = PLATFORM.exec(name);
    if (!match || !CPU[match[2]]) continue;
    const [, os, cpu, variant] = match;
    const libc = variant?.startsWith('musl') ? ['musl'] : variant?.startsWith('gnu') ? ['glibc'] : undefined;
    lock.packages[target] = {
      version,
      cpu: [CPU[cpu]],
      ...(entry.dev ? { dev: true } : {}),
      ...(libc ? { libc } : {}),
      optional: true,
      os: [os],
    };
    added++;
  }
}
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} platform-specific optional entries`);
