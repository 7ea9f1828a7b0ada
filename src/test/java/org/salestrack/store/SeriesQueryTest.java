package org.salestrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.IngestFixture;
import org.salestrack.model.MonthlySeries;

class SeriesQueryTest {
    @TempDir
    Path tmp;

    @Test
    void everySeriesSpansTheSameMonthsWithZerosWhereNothingSold() throws Exception {
        IngestFixture fx = new IngestFixture(tmp);
        fx.importFile(IngestFixture.resource("pos-good.csv"), IngestFixture.profile("pos-profile.json"));

        List<MonthlySeries> series = new SeriesQuery(fx.workspace).monthly(List.of("province"), null, null);

        assertThat(series).extracting(MonthlySeries::id).containsExactly("北京", "广东", "浙江");
        MonthlySeries beijing = series.get(0);
        assertThat(beijing.firstMonth()).isEqualTo("2024-03");
        assertThat(beijing.units()).containsExactly(1, 3);
        assertThat(beijing.revenue()).containsExactly(5899.5, 17097.0);
        assertThat(series.get(1).units()).containsExactly(3, 0);
        assertThat(series.get(2).month(1)).isEqualTo("2024-04");
    }

    @Test
    void theTotalEqualsTheSummary() throws Exception {
        IngestFixture fx = new IngestFixture(tmp);
        fx.importFile(IngestFixture.resource("pos-good.csv"), IngestFixture.profile("pos-profile.json"));

        MonthlySeries total = new SeriesQuery(fx.workspace).monthly(List.of(), "2024-02", "2024-05").get(0);

        assertThat(total.units()).containsExactly(0, 4, 4, 0);
        assertThat(total.revenue()[1] + total.revenue()[2]).isEqualTo(fx.total().amount().doubleValue());
    }
}
