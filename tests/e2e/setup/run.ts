/** Runs a command line tool to completion, failing with its output and a hint when it is missing or fails. */
import { spawnSync } from 'node:child_process';
import { INSTALL_HINT } from './paths';

export function run(command: string, args: string[], options: { cwd?: string; quiet?: boolean; env?: NodeJS.ProcessEnv } = {}): void {
  const result = spawnSync(command, args, {
    cwd: options.cwd,
    ...(options.env ? { env: options.env } : {}),
    encoding: 'utf8',
    stdio: options.quiet ? 'pipe' : 'inherit',
  });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`${command} is needed by the end-to-end tests and is not installed. Install it with:\n  ${INSTALL_HINT}`);
  }
  if (result.status !== 0) {
    const output = options.quiet ? `\n${result.stdout ?? ''}${result.stderr ?? ''}` : '';
    throw new Error(`${command} ${args.join(' ')} failed (exit ${String(result.status)})${output}`);
  }
}
