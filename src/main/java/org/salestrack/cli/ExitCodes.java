package org.salestrack.cli;

/** Exit codes of the CLI contract: 0 done, 1 failure, 2 usage, 3 file rejected (nothing stored), 4 passphrase missing or wrong. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int REJECTED = 3;
    /** an encrypted workspace and no passphrase, or one that does not open it: nothing was opened or changed */
    public static final int PASSPHRASE = 4;

    private ExitCodes() {}

    static int of(Exception ex) {
        if (ex instanceof org.salestrack.store.StoreException s && s.passphraseRefused()) return PASSPHRASE;
        return ex instanceof IllegalArgumentException ? USAGE : FAILURE;
    }

    /** A one-line message for the user: never a stack trace. */
    static String describe(Throwable ex) {
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
    }
}
