/**
 * @redress/read-models: the complaint projection, its read-model schema (Kysely), the queries
 * behind the reports, and the report builders.
 */
export * from './schema/read-model-tables';
export * from './schema/open-read-model-database';
export * from './schema/dialect';
export * from './schema/read-model-migrations';
export * from './schema/alert-outbox-table';
export * from './lease/projector-lease';
export * from './projection/projected-complaint';
export * from './projection/complaint-rows';
export * from './projector/complaint-projector';
export * from './projector/projection-host';
export * from './projector/rebuild-read-models';
export * from './periods/reporting-period';
export * from './queries/figures';
export * from './queries/complaint-list.query';
export * from './queries/figure-filter';
export * from './queries/work-queue.query';
export * from './queries/workload.query';
export * from './queries/trends.query';
export * from './queries/tsm.query';
export * from './queries/ombudsman.query';
export * from './queries/learning-log.query';
export * from './queries/learning-counts.query';
export * from './queries/self-assessment.query';
export * from './reports/period-comparison';
export * from './queries/offers-to-complain.query';
export * from './queries/hazards';
export * from './queries/repeat-issues.query';
export * from './reports/annual-report';
export * from './reports/annual-report.csv';
export * from './reports/annual-report.html';
