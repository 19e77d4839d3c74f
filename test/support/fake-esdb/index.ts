export { startFakeEsdb, type FakeEsdb, type FakeEsdbOptions } from './fake-esdb.server';
