import { runCli } from './main';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`source-lens: ${(err as Error).stack ?? err}\n`);
    process.exitCode = 3;
  },
);
