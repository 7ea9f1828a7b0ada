package org.salestrack.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.salestrack.model.Message;
import org.salestrack.model.Worded;

/**
 * A SalesTrack newer than the national store's schema, opened by an analyst (who may not change the schema): she is
 * told, in words for the screen, to ask the owner, and nothing is half applied; the owner's open upgrades it.
 */
class NationalUpgradeTest {
    @Test
    void anAnalystOpeningAStoreBehindTheAppIsToldToAskItsOwnerAndTheOwnersOpenUpgradesIt() throws Exception {
        ServerAddress owner = NationalServers.newDatabase();
        Flyway flyway = Flyway.configure().dataSource(owner.jdbcUrl(), "postgres", "").locations("classpath:db/national").target("7").load();
        flyway.migrate();
        var pending = Flyway.configure().dataSource(owner.jdbcUrl(), "postgres", "").locations("classpath:db/national").load().info().pending();
        String latest = pending[pending.length - 1].getVersion().getVersion();
        assertThat(latest).isNotEqualTo("7");
        ServerAddress analyst = NationalServers.person(owner, "sun_behind", "华南");

        assertThatThrownBy(() -> NationalStore.open(analyst)).isInstanceOf(NationalStore.SchemaBehind.class)
                .satisfies(e -> assertThat(((Worded) e).message()).isEqualTo(Message.of("national.store.behind", analyst.display(), "7", latest)))
                .hasMessageContaining("is at schema version 7 and this SalesTrack needs " + latest);
        // read without opening the store (an open as the owner would apply them)
        try (var c = java.sql.DriverManager.getConnection(owner.jdbcUrl(), "postgres", ""); var s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL AND version::int > 7")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }

        NationalStore.open(owner);
        assertThat(NationalPublishTest.count(owner, "SELECT COUNT(*) FROM flyway_schema_history WHERE success AND version = '" + latest + "'"))
                .isEqualTo(1);
        assertThat(NationalStore.open(analyst).workspace().onServer()).isTrue();
    }
}
