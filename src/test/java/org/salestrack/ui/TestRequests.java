package org.salestrack.ui;

/** One latest-request scheduler for view-model tests that build no workbench (daemon threads, made when first used). */
public final class TestRequests {
    public static final RequestScheduler SHARED = new RequestScheduler();

    private TestRequests() {}
}
