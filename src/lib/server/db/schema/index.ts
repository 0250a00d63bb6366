// One module per domain; this index is what drizzle and the queries import.
export * from './audit.ts';
export * from './auth.ts';
export * from './platform.ts';
export * from './reference.ts';
export * from './consultations.ts';
export * from './participation.ts';
export * from './consent.ts';
export * from './moderation.ts';
export * from './results.ts';
