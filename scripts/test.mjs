// `npm test`: every unit test (vitest), then every end-to-end test (Playwright against a
// production build), then one closing line with the totals.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

fs.mkdirSync('test-results', { recursive: true });
const unitReport = 'test-results/unit-report.json';
const e2eReport = 'test-results/e2e-report.json';
for (const file of [unitReport, e2eReport]) fs.rmSync(file, { force: true });

const unit = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${unitReport}`], { stdio: 'inherit' });
const e2e = spawnSync('node', ['scripts/e2e.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const u = readJson(unitReport);
const e = readJson(e2eReport);
const passed = (u?.numPassedTests ?? 0) + (e?.stats?.expected ?? 0);
const failed = (u?.numFailedTests ?? 0) + (e?.stats?.unexpected ?? 0) + (e?.stats?.flaky ?? 0);
const skipped = (u?.numPendingTests ?? 0) + (e?.stats?.skipped ?? 0);
const ok = unit.status === 0 && e2e.status === 0;

console.log(`\nunit: ${u?.numPassedTests ?? 0} passed, ${u?.numFailedTests ?? 0} failed · e2e: ${e?.stats?.expected ?? 0} passed, ${e?.stats?.unexpected ?? 0} failed`);
console.log(`tests: ${passed} passed, ${ok ? failed : Math.max(failed, 1)} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);
