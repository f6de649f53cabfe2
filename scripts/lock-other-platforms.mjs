#!/usr/bin/env node
/**
 * Writes the other platforms' native binaries (macOS, Windows, Arm…) into package-lock.json.
 *
 * Why: the npm registry this project is built against serves only the binaries for the
 * machine it runs on, so `npm install` leaves every other platform's optional package out
 * of the lockfile, and `npm ci` then refuses the lockfile as "out of sync". Each of those
 * packages is optional and marked with its os/cpu/libc, so npm skips it on a machine it
 * does not fit, without fetching it; the entry only has to exist.
 *
 * Run it after `npm install` changes the lockfile: `node scripts/lock-other-platforms.mjs`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const lockPath = fileURLToPath(new URL('../package-lock.json', import.meta.url));

const OS_NAMES = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openharmony', 'netbsd', 'openbsd', 'sunos', 'aix'];
const CPU_NAMES = ['arm64', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'wasm32', 'mips64el'];

/** What a platform package's name says it runs on, e.g. "swc-linux-arm64-musl". */
export function platformOf(packageName) {
  const parts = packageName.split('/').pop().split('-');
  const os = parts.find((part) => OS_NAMES.includes(part));
  let cpu = parts.find((part) => CPU_NAMES.includes(part));
  if (!cpu && parts.includes('arm')) cpu = 'arm';
  if (!os && !cpu) return undefined;
  const platform = {};
  if (cpu) platform.cpu = [cpu];
  if (os) platform.os = [os];
  if (parts.some((part) => part === 'gnu' || part.startsWith('gnueabi'))) platform.libc = ['glibc'];
  else if (parts.some((part) => part.startsWith('musl'))) platform.libc = ['musl'];
  return platform;
}

/** The lockfile key a dependency of `parentKey` resolves to, or undefined when none has it. */
function resolvedKey(packages, parentKey, name) {
  let base = parentKey;
  for (;;) {
    const key = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (packages[key]) return key;
    if (!base) return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

export function addOtherPlatforms(lock) {
  const added = [];
  for (const [key, entry] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      if (resolvedKey(lock.packages, key, name)) continue;
      const platform = platformOf(name);
      // Only exact versions of platform packages: anything else npm must resolve itself.
      if (!platform || !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) continue;
      const stubKey = `node_modules/${name}`;
      lock.packages[stubKey] = {
        version,
        ...platform,
        ...(entry.dev ? { dev: true } : {}),
        optional: true,
      };
      added.push(`${name}@${version}`);
    }
  }
  lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en'))));
  return added;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
  const added = addOtherPlatforms(lock);
  writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(added.length ? `Added to package-lock.json:\n  ${added.join('\n  ')}` : 'package-lock.json already lists every platform.');
}
