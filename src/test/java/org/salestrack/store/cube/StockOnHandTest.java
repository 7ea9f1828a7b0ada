package org.salestrack.store.cube;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.IngestFixture;
import org.salestrack.ingest.profile.ProfileCodec;
import org.salestrack.model.cube.Slice;

class StockOnHandTest {
    @TempDir
    Path tmp;

    @Test
    void sumsEachLocationsOwnLatestSnapshotAndSkipsSilentOnes() throws Exception {
        IngestFixture fx = new IngestFixture(tmp);
        var profile = ProfileCodec.read(new ByteArrayInputStream(("{\"name\":\"t-stock\",\"kind\":\"stock\",\"fields\":{"
                + "\"as_of\":\"as_of\",\"location_code\":\"loc\",\"sku\":\"sku\",\"on_hand\":\"on_hand\"}}").getBytes(StandardCharsets.UTF_8)), "t");
        Path f = tmp.resolve("stock.csv");
        // the store reports weekly, the dealer at month end, the old shop stopped in May
        Files.writeString(f, "as_of,loc,sku,on_hand\n2025-12-21,S01,P10,40\n2025-12-28,S01,P10,30\n"
                + "2025-11-30,D01,P10,200\n2025-12-31,D01,P10,150\n2025-05-31,S99,P10,999\n");
        fx.importFile(f, profile);

        var onHand = new CubeDimensions(fx.workspace).stockOnHand(Slice.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));

        assertThat(onHand.units()).hasValue(30 + 150);
        var midMonth = new CubeDimensions(fx.workspace).stockOnHand(Slice.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 25)));
        assertThat(midMonth.units()).hasValue(40 + 200);
    }
}
