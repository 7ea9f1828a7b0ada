package org.salestrack.store.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.time.LocalDate;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.alert.BatchErrors;
import org.salestrack.model.alert.StuffedMonth;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/** What the alert rules read of the data-quality findings: error counts per batch, and the channel-stuffing cases. */
public final class AlertFacts {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Workspace workspace;

    public AlertFacts(Workspace workspace) { this.workspace = workspace; }

    /** For each of {@code batches} still stored: its open error findings (channel stuffing aside) and stored lines. */
    public List<BatchErrors> batchErrors(Collection<Long> batches) {
        List<BatchErrors> out = new ArrayList<>();
        if (batches.isEmpty()) return out;
        String in = String.join(",", batches.stream().map(String::valueOf).toList());
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT b.id, b.file_name, substr(b.started_at, 1, 10), b.rows_stored, "
                     + "(SELECT COUNT(*) FROM validation_issue i WHERE i.batch_id = b.id AND i.severity = 'error' AND i.status = 'open' "
                     + "AND i.rule <> 'channel-stuffing') FROM import_batch b WHERE b.status = 'stored' AND b.id IN (" + in + ") ORDER BY b.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(new BatchErrors(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(5), rs.getLong(4)));
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot count the batches' findings", e);
        }
    }

    /**
     * The open channel-stuffing findings, read back from the arguments the rule explained itself with
     * (dealer, sell-in, month, sell-out, stock before, stock after: validate.ChannelStuffingRule).
     */
    public List<StuffedMonth> stuffedMonths() {
        List<StuffedMonth> out = new ArrayList<>();
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT why_args FROM validation_issue WHERE rule = 'channel-stuffing' AND status = 'open' "
                     + "AND why_key = 'rule.channel_stuffing' ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                JsonNode a = JSON.readTree(rs.getString(1));
                if (a == null || !a.isArray() || a.size() < 6) continue;
                out.add(new StuffedMonth(a.get(0).asText(), a.get(2).asText(), count(a.get(1)), count(a.get(3)), count(a.get(4)),
                        count(a.get(5))));
            }
            return out;
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot read the channel-stuffing findings", e);
        }
    }

    /** The first and last sale day of {@code batches}' lines; empty when they hold none (or are gone). */
    public Optional<Slice> saleSpan(Collection<Long> batches) {
        if (batches.isEmpty()) return Optional.empty();
        String in = String.join(",", batches.stream().map(String::valueOf).toList());
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT MIN(sale_date), MAX(sale_date) FROM sale WHERE batch_id IN (" + in + ")");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || rs.getString(1) == null) return Optional.empty();
            return Optional.of(Slice.of(LocalDate.parse(rs.getString(1)), LocalDate.parse(rs.getString(2))));
        } catch (SQLException e) {
            throw new StoreException("cannot read the batches' sale days", e);
        }
    }

    /** The month the change rules last judged and the settings they judged it with, as {@link #judged(String, String)} kept them. */
    public Optional<String[]> lastJudged() {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT month, settings FROM alert_change_judged WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new String[] {rs.getString(1), rs.getString(2)}) : Optional.empty();
        } catch (SQLException e) {
            throw new StoreException("cannot read which month the change rules judged", e);
        }
    }

    public void judged(String month, String settings) {
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("INSERT INTO alert_change_judged(id, month, settings) VALUES (1, ?, ?) "
                     + "ON CONFLICT(id) DO UPDATE SET month = excluded.month, settings = excluded.settings")) {
            ps.setString(1, month);
            ps.setString(2, settings);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot keep which month the change rules judged", e);
        }
    }

    private static long count(JsonNode n) { return Long.parseLong(n.asText().replace(",", "").strip()); }
}
