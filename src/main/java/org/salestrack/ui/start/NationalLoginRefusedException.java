package org.salestrack.ui.start;

/** The national store refused the login (unknown role, wrong password): asked again, nothing else said. */
public final class NationalLoginRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NationalLoginRefusedException(String message, Throwable cause) { super(message, cause); }
}
