package org.salestrack.store;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;

/** Workspace settings kept in the workspace itself, so they travel with the file. */
public final class Settings {
    private final Workspace workspace;

    public Settings(Workspace workspace) { this.workspace = workspace; }

    public Optional<String> get(String key) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read setting " + key, e);
        }
    }

    public void put(String key, String value) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("INSERT INTO setting(key, value) VALUES (?, ?) "
                     + "ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot save setting " + key, e);
        }
    }

    /** The workspace's secret for pseudonymising personal data, made on first use. */
    public synchronized byte[] pseudonymKey() {
        Optional<String> k = get("pseudonym.key");
        if (k.isPresent()) return HexFormat.of().parseHex(k.get());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        put("pseudonym.key", HexFormat.of().formatHex(key));
        return key;
    }
}
