package org.annalist.store;

/**
 * A store operation failed. The message is written for the person running Annalist
 * ({@code cannot open data/x.duckdb: it is not a DuckDB database file}); the cause keeps the details.
 */
public class StoreException extends Exception {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
