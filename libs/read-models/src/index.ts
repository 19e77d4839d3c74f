// Projections and read-model queries arrive with the read-model work; nothing is exported yet.
export {};
