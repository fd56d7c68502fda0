// `npm run demo`: check the example article and print the findings. The article is full of errors on purpose,
// so exit code 1 ("findings at error severity") is the expected outcome and the demo succeeds; anything else
// (2: usage or unreadable input, a crash) fails it.
import { spawnSync } from 'node:child_process';

const r = spawnSync(process.execPath, ['dist/cli.js', 'check', 'examples/calcium-magnesium-nerves.md', ...process.argv.slice(2)], { stdio: 'inherit' });
if (r.status === 0 || r.status === 1) {
  console.log(r.status === 1 ? '\nDemo OK: the example article has the errors it was written with (the CLI exits 1 on error findings).' : '\nDemo OK.');
  process.exit(0);
}
process.exit(r.status ?? 2);
