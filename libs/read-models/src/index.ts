/**
 * @redress/read-models: the complaint projection, its read-model schema (Kysely), the queries
 * behind the reports, and the report builders.
 */
export * from './schema/read-model-tables';
export * from './schema/open-read-model-database';
export * from './projection/projected-complaint';
export * from './projection/complaint-rows';
export * from './projector/complaint-projector';
export * from './projector/projection-host';
export * from './projector/rebuild-read-models';
