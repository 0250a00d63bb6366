// One module per domain; this index is what drizzle and the queries import.
export * from './reference.ts';
