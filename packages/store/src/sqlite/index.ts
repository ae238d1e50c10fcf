/** The SQLite adapter. */
export { openSqliteStore, migrate, ftsQuery, type SqliteStoreOptions } from "./store.js";
