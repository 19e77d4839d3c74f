/**
 * Runs the checkpointed subscriptions that feed the read models. Projections come with the
 * read-model work; until then this entry point only says so, and exits cleanly so scripts and
 * process supervisors treat it as a successful run.
 */
function main(): number {
  console.log('Redress projector: no projections are registered yet.');
  return 0;
}

process.exitCode = main();
