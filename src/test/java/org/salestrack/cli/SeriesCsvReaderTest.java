package org.salestrack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.forecast.series.PeriodKind;
import org.salestrack.forecast.series.TimeSeries;

class SeriesCsvReaderTest {
    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        Path f = dir.resolve("series.csv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void readsSeriesInAnyRowOrderWithTheirSeasonLength() throws Exception {
        List<TimeSeries> s = new SeriesCsvReader().read(file("""
                \uFEFFseries_id,period,value
                a,2024-Q2,5
                b,2024-03,7
                a,2024-Q1,4
                b,2024-04,8
                a,2024-Q3,6
                """));
        assertThat(s).hasSize(2);
        assertThat(s.get(0).id()).isEqualTo("a");
        assertThat(s.get(0).kind()).isEqualTo(PeriodKind.QUARTER);
        assertThat(s.get(0).values()).containsExactly(4, 5, 6);
        assertThat(s.get(0).seasonLength()).isEqualTo(4);
        assertThat(s.get(0).futureLabel(1)).isEqualTo("2024-Q4");
        assertThat(s.get(1).seasonLength()).isEqualTo(12);
    }

    @Test
    void integerPeriodsTakeTheirSeasonFromTheFrequencyColumn() throws Exception {
        List<TimeSeries> s = new SeriesCsvReader().read(file("series_id,period,value,frequency\nx,1,3,7\nx,2,4,7\nx,3,5,7\n"));
        assertThat(s.get(0).seasonLength()).isEqualTo(7);
        assertThat(s.get(0).futureLabel(2)).isEqualTo("5");
    }

    @Test
    void aBadValueNamesFileRowColumnAndValue() throws Exception {
        Path f = file("series_id,period,value\na,2024-01,5\na,2024-02,five\n");
        assertThatThrownBy(() -> new SeriesCsvReader().read(f))
                .isInstanceOf(SeriesFileException.class)
                .hasMessageContaining("series.csv: row 3, column value, value 'five': not a number");
    }

    @Test
    void aGapIsAnErrorNotSilentlyFilled() throws Exception {
        Path f = file("series_id,period,value\na,2024-01,5\na,2024-02,6\na,2024-04,7\n");
        assertThatThrownBy(() -> new SeriesCsvReader().read(f))
                .hasMessageContaining("row 4, column period, value '2024-04': series a has no value for 2024-03");
    }

    @Test
    void duplicatesAndMixedPeriodKindsAreErrors() throws Exception {
        Path dup = file("series_id,period,value\na,2024-01,5\na,2024-01,6\n");
        assertThatThrownBy(() -> new SeriesCsvReader().read(dup)).hasMessageContaining("duplicate period for series a (first at row 2)");
        Path mixed = file("series_id,period,value\na,2024-01,5\na,2024-Q2,6\n");
        assertThatThrownBy(() -> new SeriesCsvReader().read(mixed)).hasMessageContaining("row 3, column period, value '2024-Q2'");
    }

    @Test
    void aMissingColumnIsReportedOnTheHeaderRow() throws Exception {
        Path f = file("id,period,value\na,2024,1\n");
        assertThatThrownBy(() -> new SeriesCsvReader().read(f)).hasMessageContaining("row 1, column series_id: missing column");
    }
}
