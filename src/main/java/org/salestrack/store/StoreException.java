package org.salestrack.store;

/** A failure of the workspace store, with the SQL cause kept for the log. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
