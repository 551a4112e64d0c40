/**
 * The small part of better-sqlite3 the store uses, typed here (the package ships no types and
 * `@types/better-sqlite3` is not installed). Loaded with `createRequire`: better-sqlite3 is CommonJS.
 */
import { createRequire } from 'node:module';

/** A value SQLite binds or returns. */
export type SqlValue = string | number | bigint | Buffer | null;

/** A prepared statement (see better-sqlite3's `Statement`). */
export interface Statement<Row = unknown> {
  run(...params: readonly SqlValue[]): { readonly changes: number; readonly lastInsertRowid: number | bigint };
  get(...params: readonly SqlValue[]): Row | undefined;
  all(...params: readonly SqlValue[]): Row[];
  iterate(...params: readonly SqlValue[]): IterableIterator<Row>;
}

/** An open database connection (see better-sqlite3's `Database`). */
export interface Database {
  prepare<Row = unknown>(sql: string): Statement<Row>;
  exec(sql: string): Database;
  pragma(source: string, options?: { readonly simple?: boolean }): unknown;
  transaction<Args extends unknown[], Result>(fn: (...args: Args) => Result): (...args: Args) => Result;
  close(): void;
  readonly open: boolean;
  readonly inTransaction: boolean;
  readonly name: string;
}

type DatabaseConstructor = new (filename: string, options?: { readonly readonly?: boolean; readonly fileMustExist?: boolean }) => Database;

const requireCjs = createRequire(import.meta.url);
let constructor: DatabaseConstructor | undefined;

/**
 * Opens (or creates) a SQLite database file; `':memory:'` for a database that lives as long as the
 * connection.
 *
 * @example
 * const db = openDatabase(':memory:');
 * db.prepare('select 1 as one').get(); // { one: 1 }
 */
export function openDatabase(filename: string, options: { readonly readonly?: boolean; readonly fileMustExist?: boolean } = {}): Database {
  constructor ??= requireCjs('better-sqlite3') as DatabaseConstructor;
  return new constructor(filename, options);
}
