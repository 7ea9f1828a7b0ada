package org.salestrack.model;

/** The application's version: shown by --version, written into report provenance and into every audit entry. */
public final class AppVersion {
    public static final String NUMBER = "0.1.0";
    public static final String NAME = "SalesTrack " + NUMBER;

    private AppVersion() {}
}
