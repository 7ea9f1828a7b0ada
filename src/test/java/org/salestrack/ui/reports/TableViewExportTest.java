package org.salestrack.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.salestrack.report.TableColumn.Type;

class TableViewExportTest {
    @Test
    void formattedNumbersBecomeNumbersAndDashesEmptyCells() {
        assertThat(TableViewExport.typed("1,234.5")).isEqualTo(1234.5);
        assertThat(TableViewExport.typed("-0.25")).isEqualTo(-0.25);
        assertThat(TableViewExport.typed("–")).isNull();
        assertThat(TableViewExport.typed("ETS(A,N,N)")).isEqualTo("ETS(A,N,N)");
        assertThat(TableViewExport.typed("2025-07")).isEqualTo("2025-07");
    }

    @Test
    void aColumnIsNumericOnlyWhenEveryValueIsAndTextOtherwise() {
        List<List<Object>> rows = List.of(Arrays.asList(1.0, "a", LocalDate.of(2025, 1, 1)), Arrays.asList(null, 2.0, LocalDate.of(2025, 2, 1)));
        assertThat(TableViewExport.typeOf(rows, 0)).isEqualTo(Type.DECIMAL);
        assertThat(TableViewExport.typeOf(rows, 1)).isEqualTo(Type.TEXT);
        assertThat(TableViewExport.typeOf(rows, 2)).isEqualTo(Type.DATE);
    }
}
