package org.salestrack.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.DrillStep;
import org.salestrack.model.cube.SavedView;

/**
 * Named views in the {@code saved_view} table, the state as JSON ({@code preset}, {@code from}, {@code to},
 * {@code filters} as dimension id to keys, {@code path} as [dimension id, key, label] steps). Saving under an
 * existing name replaces it; saving and deleting are written to the audit log in the same transaction.
 */
public final class SavedViews {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private final Workspace workspace;

    public SavedViews(Workspace workspace) { this.workspace = workspace; }

    public void save(SavedView v) {
        String state = json(v);
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO saved_view(name, screen, state, who, saved_at) VALUES (?,?,?,?,?) "
                    + "ON CONFLICT(name) DO UPDATE SET screen = excluded.screen, state = excluded.state, who = excluded.who, saved_at = excluded.saved_at")) {
                ps.setString(1, v.name());
                ps.setString(2, v.screen());
                ps.setString(3, state);
                ps.setString(4, AuditLog.user());
                ps.setString(5, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
                ps.executeUpdate();
                AuditLog.record(c, "edit", "saved view " + v.name(), v.screen() + " " + state);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot save view " + v.name(), e);
        }
    }

    public void delete(String name) {
        try (Connection c = workspace.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM saved_view WHERE name = ?")) {
                ps.setString(1, name);
                if (ps.executeUpdate() > 0) AuditLog.record(c, "edit", "saved view " + name, "deleted");
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot delete view " + name, e);
        }
    }

    /** Every saved view, by name. */
    public List<SavedView> list() {
        List<SavedView> out = new ArrayList<>();
        try (Connection c = workspace.connect();
             PreparedStatement ps = c.prepareStatement("SELECT name, screen, state FROM saved_view ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(parse(rs.getString(1), rs.getString(2), rs.getString(3)));
        } catch (SQLException e) {
            throw new StoreException("cannot list saved views", e);
        }
        return out;
    }

    private static String json(SavedView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("preset", v.preset());
        m.put("from", v.from().toString());
        m.put("to", v.to().toString());
        Map<String, List<String>> filters = new LinkedHashMap<>();
        v.filters().forEach((d, keys) -> filters.put(d.id(), List.copyOf(keys)));
        m.put("filters", filters);
        List<List<String>> path = new ArrayList<>();
        for (DrillStep s : v.path()) path.add(List.of(s.dim().id(), s.key(), s.label()));
        m.put("path", path);
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write view " + v.name(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static SavedView parse(String name, String screen, String state) {
        try {
            Map<String, Object> m = JSON.readValue(state, MAP);
            Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
            ((Map<String, List<String>>) m.get("filters")).forEach((d, keys) -> filters.put(dim(d), new LinkedHashSet<>(keys)));
            List<DrillStep> path = new ArrayList<>();
            for (List<String> s : (List<List<String>>) m.get("path")) path.add(new DrillStep(dim(s.get(0)), s.get(1), s.get(2)));
            return new SavedView(name, screen, (String) m.get("preset"), LocalDate.parse((String) m.get("from")),
                    LocalDate.parse((String) m.get("to")), filters, path);
        } catch (JsonProcessingException e) {
            throw new StoreException("saved view " + name + " cannot be read: " + e.getOriginalMessage());
        }
    }

    private static Dimension dim(String id) { return Dimension.valueOf(id.toUpperCase(java.util.Locale.ROOT)); }
}
