/** The SQLite adapter. */
export { openSqliteStore, openStore, migrate, ftsQuery, type SqliteStoreOptions } from "./store.js";
