package org.salestrack.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the CLI finds passphrases: a file named by an option, else an environment variable. Never an argument, which
 * other users of the machine can read in the process list and which lands in shell history.
 */
final class Passphrases {
    static final String ENV = "SALESTRACK_PASSPHRASE";
    static final String NEW_ENV = "SALESTRACK_NEW_PASSPHRASE";

    private Passphrases() {}

    /** A new passphrase from {@code file} or {@code env}; a usage error (exit 2) when neither gives one. */
    static String requiredNew(Path file, String env, String option) {
        String p = read(file, env);
        if (p == null) throw new IllegalArgumentException("the new passphrase is missing: give " + option + " F or set " + env);
        return p;
    }

    /**
     * The passphrase in {@code file} (its one line; a trailing line break is not part of it), else in {@code env};
     * null when neither is given: the store then refuses an encrypted workspace with exit 4.
     */
    static String read(Path file, String env) {
        if (file != null) {
            String s;
            try {
                s = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the passphrase file " + file + ": " + e.getMessage(), e);
            }
            s = s.endsWith("\r\n") ? s.substring(0, s.length() - 2) : s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
            if (s.isEmpty()) throw new IllegalArgumentException("the passphrase file " + file + " is empty");
            return s;
        }
        String v = System.getenv(env);
        return v == null || v.isEmpty() ? null : v;
    }
}
