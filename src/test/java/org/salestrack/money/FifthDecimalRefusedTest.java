package org.salestrack.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.FileOutcome;
import org.salestrack.ingest.map.RowError;
import org.salestrack.model.SummaryRow;
import org.salestrack.store.SummaryQuery;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.ui.TestWorkspace;

/**
 * Issue 13 #1: an amount with more decimals than the store keeps (5) is a bad cell: its row is refused into quarantine
 * with the file's row, column, value and reason, the way an unreadable number is, and is never rounded into the
 * totals; its neighbours with 4 decimals are stored exactly.
 */
class FifthDecimalRefusedTest {
    @TempDir
    Path dir;

    @Test
    void anAmountWithFiveDecimalsIsRefusedAsABadCellWithAClearReason() throws Exception {
        StringBuilder b = new StringBuilder(ExactMoneyFile.HEADER).append('\n');
        BigDecimal kept = BigDecimal.ZERO;
        for (int i = 0; i < 40; i++) {
            String amount = i == 6 ? "22.36805" : BigDecimal.valueOf(957_5775L + i * 1_0001L, 4).toPlainString();
            if (i != 6) kept = kept.add(new BigDecimal(amount));
            b.append(String.format(Locale.ROOT, "F%03d,2025-03-%02d 10:00:00,天猫,online,,广东,深圳,P50-128-BK,星耀 P50 128G 黑,P50,星耀,手机,1,%s%n",
                    i, 1 + i % 28, amount));
        }
        Path file = dir.resolve("five-decimals.csv");
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        TestWorkspace ws = TestWorkspace.create(dir, false);

        FileOutcome outcome = ws.pipeline.importFiles(List.of(file), null, ProgressListener.NONE, Cancellation.none()).files().get(0);

        assertThat(outcome.refused()).isNull();
        assertThat(outcome.result().stored()).isEqualTo(39);
        // a bad cell puts its row in quarantine with the reason, as an unreadable number does
        assertThat(outcome.result().quarantined()).isEqualTo(1);
        RowError bad = outcome.result().errors().get(0);
        assertThat(bad.row()).isEqualTo(8); // the header is row 1
        assertThat(bad.column()).isEqualTo("金额");
        assertThat(bad.value()).isEqualTo("22.36805");
        assertThat(bad.reason()).isEqualTo("more than 4 decimals is not an amount of money");
        assertThat(bad.toString()).contains("row 8", "金额", "22.36805", "more than 4 decimals");
        assertThat(bad.why().format(ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE)::getString, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("超过 4 位小数，不是金额");
        SummaryRow all = new SummaryQuery(ws.workspace).run(List.of(), null, null).get(0);
        assertThat(all.rows()).isEqualTo(39);
        assertThat(all.amount()).isEqualByComparingTo(kept);
    }
}
