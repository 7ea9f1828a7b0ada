package org.salestrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.SavedScenario;
import org.salestrack.model.ScenarioDefinition;
import org.salestrack.model.ScenarioDriverSpec;

class ScenarioStoreTest {
    @TempDir
    Path dir;

    @Test
    void aScenarioSavedUnderAnExistingNameReplacesItAndEverySaveIsAudited() throws Exception {
        Workspace ws = Workspace.open(dir.resolve("w.db"));
        ScenarioStore store = new ScenarioStore(ws);
        ScenarioDriverSpec price = new ScenarioDriverSpec("price", Map.of("target", "*", "priceChange", -0.05, "elasticity", -1.5, "fromStep", 0));
        store.save("province:广东 auto", new ScenarioDefinition("Cut 5%", List.of(price)));
        store.save("province:浙江 ets", new ScenarioDefinition("Cut 5%", List.of(price, price)));
        store.save("total auto", new ScenarioDefinition("Nothing", List.of()));
        List<SavedScenario> all = store.list();
        assertThat(all).extracting(SavedScenario::name).containsExactly("Cut 5%", "Nothing");
        assertThat(all.get(0).base()).isEqualTo("province:浙江 ets");
        assertThat(all.get(0).definition().drivers()).hasSize(2);
        assertThat(all.get(0).definition().drivers().get(0).parameters()).containsEntry("priceChange", -0.05);
        store.delete("Nothing");
        assertThat(store.list()).hasSize(1);
        try (Connection c = ws.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM audit_log WHERE subject LIKE 'scenario %'")) {
            assertThat(rs.getInt(1)).isEqualTo(4);
        }
    }
}
