// The GitHub Action's entry: action.yml runs the bundled form of this file (bundle/action.js).
import { runAction } from './action/run.ts';

process.exitCode = await runAction({ env: process.env, stdout: process.stdout, stderr: process.stderr });
