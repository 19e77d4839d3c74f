/** The read-model database connection (Kysely), shared by the projector and the report queries. */
export const READ_MODELS = Symbol('READ_MODELS');
