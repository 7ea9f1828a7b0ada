package org.salestrack.analytics.dealer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.dealer.DealerBoard;
import org.salestrack.model.dealer.DealerPeriod;
import org.salestrack.model.dealer.DealerRow;
import org.salestrack.model.dealer.ProvinceDealers;
import org.salestrack.store.Workspace;

/** The tile map's sums on the two Guangdong dealers of {@link DealerWorkspace} in 2025-Q3 (B ¥1,000,000.00, C ¥200,000.00). */
class DealerProvincesTest {
    @TempDir
    Path tmp;

    @Test
    void theDealersOfAProvinceAreCountedSummedAndKeptByTheirRegisteredProvince() {
        try (Workspace ws = DealerWorkspace.create(tmp)) {
            DealerBoard b = new DealerService(ws).board(DealerPeriod.parse("2025-Q3"));
            Map<String, ProvinceDealers> byProvince = DealerProvinces.of(b.rows());
            assertThat(byProvince).containsOnlyKeys("44");
            long sales = b.rows().stream().mapToLong(r -> r.card().salesE4()).sum();
            assertThat(sales).isEqualTo(12_000_000_000L);
            ProvinceDealers gd = byProvince.get("44");
            assertThat(new long[] {gd.dealers(), gd.salesE4(), gd.a(), gd.b(), gd.c()}).containsExactly(2, sales, 0, 1, 1);
            assertThat(DealerProvinces.in(b.rows(), "44")).extracting(DealerRow::code).containsExactly("D001", "D002");
            assertThat(DealerProvinces.in(b.rows(), "11")).isEmpty();
            assertThat(DealerProvinces.in(b.rows(), null)).isEqualTo(b.rows());
        }
    }
}
