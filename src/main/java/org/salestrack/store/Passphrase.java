package org.salestrack.store;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The secret an encrypted workspace is keyed with. It is never printed, logged or put into a connection URL: the
 * workspace keys its connections with a key derived from it once ({@link SqliteFile}).
 */
final class Passphrase {
    private final String secret;

    private Passphrase(String secret) { this.secret = secret; }

    /** A passphrase as typed or read from a file (one trailing line break dropped); empty is refused. */
    static Passphrase of(String secret) {
        String s = secret == null ? "" : secret.endsWith("\r\n") ? secret.substring(0, secret.length() - 2)
                : secret.endsWith("\n") ? secret.substring(0, secret.length() - 1) : secret;
        if (s.isEmpty()) throw new IllegalArgumentException("the passphrase is empty");
        return new Passphrase(s);
    }

    char[] chars() { return secret.toCharArray(); }

    /** The passphrase's UTF-8 bytes in hex: SQLite3 Multiple Ciphers' {@code hexkey}, which needs no quoting. */
    String hex() { return HexFormat.of().formatHex(secret.getBytes(StandardCharsets.UTF_8)); }

    @Override
    public String toString() { return "Passphrase[hidden]"; }
}
