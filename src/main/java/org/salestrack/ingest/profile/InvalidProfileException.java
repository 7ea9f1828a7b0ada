package org.salestrack.ingest.profile;

/** A mapping profile that cannot be used, with the reason in words. */
public class InvalidProfileException extends RuntimeException {
    public InvalidProfileException(String message) {
        super(message);
    }
}
