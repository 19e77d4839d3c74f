import { runCli } from './run-cli';

void Promise.resolve(
  runCli(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  }),
).then((code) => {
  process.exitCode = code;
});
