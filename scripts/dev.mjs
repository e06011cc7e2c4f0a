// `npm run dev`: the backend recompiled on change and restarted, and Vite with hot reload
// proxying /graphql to it. Open the URL Vite prints.
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const run = (cmd, args, cwd = root) => spawn(cmd, args, { cwd, stdio: 'inherit' });
const children = [
  run('npx', ['tsc', '-p', 'backend/tsconfig.build.json', '--watch', '--preserveWatchOutput']),
  run(process.execPath, ['--watch-path=backend/dist', '--watch-preserve-output', 'backend/dist/main.js']),
  run('npx', ['vite'], path.join(root, 'frontend')),
];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
