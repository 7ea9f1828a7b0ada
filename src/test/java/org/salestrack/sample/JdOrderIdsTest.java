package org.salestrack.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.IngestFixture;
import org.salestrack.ingest.ImportResult;
import org.salestrack.ingest.profile.MappingProfile;
import org.salestrack.ingest.profile.ProfileCodec;

/**
 * The JD order export's 订单号 header is merged down over its two header rows (A3:A4). Read as Excel shows it,
 * every JD line keeps its order id; before, the lower header row read the column as empty and 42,711 lines were
 * stored without one, so orders, duplicates and the reviews' links to their orders were wrong for JD.
 */
class JdOrderIdsTest {
    @TempDir
    Path dir;

    @Test
    void everyJdLineKeepsTheOrderIdOfTheFile() throws Exception {
        List<SampleLines.Line> file = SampleLines.read(SampleFixture.dir()).byFile().get("jd");
        long fileOrders = file.stream().map(SampleLines.Line::orderId).distinct().count();
        assertThat(file).allSatisfy(l -> assertThat(l.orderId()).matches("\\d{12}"));

        IngestFixture fx = new IngestFixture(dir);
        MappingProfile profile;
        try (InputStream in = getClass().getResourceAsStream(ShippedProfiles.resource("jd-orders"))) {
            profile = ProfileCodec.read(in, "jd-orders");
        }
        ImportResult r = fx.importFile(SampleFixture.dir().resolve("online/jd-orders-2024-2025.xlsx"), profile);

        assertThat(r.read()).isEqualTo(file.size());
        try (Connection c = fx.workspace.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT COUNT(*), COUNT(order_id), COUNT(DISTINCT order_id) FROM sale")) {
            assertThat(rs.getLong(1)).isEqualTo(r.stored());
            assertThat(rs.getLong(2)).as("lines with an order id").isEqualTo(r.stored());
            assertThat(rs.getLong(3)).as("orders").isEqualTo(fileOrders);
        }
    }
}
