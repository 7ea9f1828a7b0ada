package org.salestrack.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * What derived tables depend on, as one SHA-256: each query's single text value (NULL as empty) hashed in order.
 * A derived table keeps the fingerprint it was built from and is rebuilt when the fingerprint moves.
 */
public final class QueryFingerprint {
    private QueryFingerprint() {}

    public static String of(Connection c, String... queries) throws SQLException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (Statement s = c.createStatement()) {
                for (String sql : queries) {
                    try (ResultSet rs = s.executeQuery(sql)) {
                        String v = rs.next() ? rs.getString(1) : null;
                        sha.update((v == null ? "" : v).getBytes(StandardCharsets.UTF_8));
                        sha.update((byte) 0);
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
