import { EsdbEventStore } from '@redress/event-store/adapters/esdb/esdb-event-store';
import { describeEventStoreContract } from '@redress/event-store/testing/event-store.contract';

/**
 * The same contract against a real EventStoreDB, which cannot be installed on the build machines
 * (architecture decision 4): it runs whenever ESDB_TEST_URL names one, and says why it did not
 * otherwise. Streams get unique names, so a shared server is fine.
 */
const url = process.env.ESDB_TEST_URL;
const reason =
  'EventStoreDB contract against a real server skipped: set ESDB_TEST_URL=esdb://host:2113?tls=false to run it';
// Written straight to stderr: Jest does not show the console output of a suite it skips.
if (!url) process.stderr.write(`${reason}\n`);
// A shared server over a network, whose $all the contract reads whole when filtering by type.
jest.setTimeout(60_000);

(url ? describe : describe.skip)(url ? 'EventStoreDB at ESDB_TEST_URL' : reason, () => {
  describeEventStoreContract(
    'EventStoreDB (real server)',
    async () => {
      const store = new EsdbEventStore(url!);
      return { store, dispose: () => store.close() };
    },
    { appendsAcrossStreams: false },
  );
});
