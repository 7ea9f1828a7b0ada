package org.salestrack.store.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.salestrack.store.AuditChain;

/** Chains the audit entries written before V70 in id order, so a workspace's whole history is verifiable. */
public final class V71__ChainAuditLog extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        String prev = AuditChain.GENESIS;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, at, who, version, action, subject, detail FROM audit_log ORDER BY id");
             PreparedStatement ps = c.prepareStatement("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String hash = AuditChain.hash(prev, id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7));
                ps.setString(1, prev);
                ps.setString(2, hash);
                ps.setLong(3, id);
                ps.addBatch();
                prev = hash;
            }
            ps.executeBatch();
        }
    }
}
