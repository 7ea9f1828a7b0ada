package org.salestrack.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.salestrack.model.SavedScenario;
import org.salestrack.model.ScenarioDefinition;

/**
 * Named what-if scenarios in the {@code scenario} table, drivers as the JSON of
 * {@link ScenarioDefinition#toMap()}. Saving under an existing name replaces it, and is audited either way.
 */
public final class ScenarioStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final Workspace workspace;

    public ScenarioStore(Workspace workspace) { this.workspace = workspace; }

    public SavedScenario save(String base, ScenarioDefinition definition) {
        if (workspace.onServer()) throw new UnsupportedOperationException("scenarios are kept in a workspace file, not in the national store");
        LocalDateTime at = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        String drivers = json(definition.toMap());
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO scenario(name, at, base, drivers) VALUES (?,?,?,?) "
                    + "ON CONFLICT(name) DO UPDATE SET at = excluded.at, base = excluded.base, drivers = excluded.drivers")) {
                ps.setString(1, definition.name());
                ps.setString(2, at.toString());
                ps.setString(3, base);
                ps.setString(4, drivers);
                ps.executeUpdate();
                AuditLog.record(c, "edit", "scenario " + definition.name(), base + " " + drivers);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot save scenario " + definition.name(), e);
        }
        return new SavedScenario(definition.name(), at, base, definition);
    }

    /** Every saved scenario, by name. */
    public List<SavedScenario> list() {
        List<SavedScenario> out = new ArrayList<>();
        // the national store keeps no scenarios: they are an analyst's, in her workspace
        if (workspace.onServer()) return out;
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT name, at, base, drivers FROM scenario ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ScenarioDefinition d = ScenarioDefinition.fromMap(parse(rs.getString(1), rs.getString(4)));
                out.add(new SavedScenario(rs.getString(1), LocalDateTime.parse(rs.getString(2)), rs.getString(3), d));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read saved scenarios", e);
        }
        return out;
    }

    public void delete(String name) {
        if (workspace.onServer()) return;
        try (Connection c = workspace.connect(); PreparedStatement ps = c.prepareStatement("DELETE FROM scenario WHERE name = ?")) {
            ps.setString(1, name);
            if (ps.executeUpdate() > 0) AuditLog.record(c, "edit", "scenario " + name, "deleted");
        } catch (SQLException e) {
            throw new StoreException("cannot delete scenario " + name, e);
        }
    }

    private static String json(Map<String, Object> map) {
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> parse(String name, String text) {
        try {
            return JSON.readValue(text, MAP);
        } catch (JsonProcessingException e) {
            throw new StoreException("scenario " + name + " has unreadable drivers: " + e.getOriginalMessage(), e);
        }
    }
}
