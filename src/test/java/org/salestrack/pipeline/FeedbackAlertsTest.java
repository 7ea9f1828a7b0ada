package org.salestrack.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.cli.CliRunner;
import org.salestrack.model.Alert;
import org.salestrack.store.Alerts;
import org.salestrack.store.Workspace;

/**
 * Issue 22 item 6: the import pipeline raises a negative review spike as an alert with sample sentences,
 * whoever imports the file, once per model, aspect and week.
 */
class FeedbackAlertsTest {
    @TempDir
    Path dir;

    private List<Alert> feedbackAlerts(Path ws) {
        return new Alerts(Workspace.open(ws)).list(null).stream().filter(a -> a.kind().equals("feedback")).toList();
    }

    @Test
    void theSampleReviewsRaiseTheX7UpdateSpikesWithTheirComplaintsAndAnOverlappingFileRaisesOnlyItsNewWeek() throws Exception {
        Path ws = dir.resolve("ws.db");
        CliRunner r = CliRunner.run("import", "--workspace", ws.toString(), "samples/master/products.csv",
                "samples/feedback/reviews-tmall-2024-2025.csv", "samples/feedback/reviews-jd-2024-2025.xlsx");
        assertThat(r.exit).as(r.err).isZero();
        List<Alert> raised = feedbackAlerts(ws);
        assertThat(r.err).contains("feedback: " + raised.size() + " negative review spikes raised as alerts");
        assertThat(raised).extracting(Alert::subject).contains("feedback:星河 X7:heat:2025-W45", "feedback:星河 X7:heat:2025-W46",
                "feedback:星河 X7:system:2025-W45", "feedback:星河 X7:system:2025-W46");
        Alert w46 = raised.stream().filter(a -> a.subject().equals("feedback:星河 X7:heat:2025-W46")).findFirst().orElseThrow();
        assertThat(w46.severity()).isEqualTo("warning");
        assertThat(w46.message()).startsWith("星河 X7 · 发热 / Overheating: 14 complaints in 2025-W46").contains("「");

        // a later export with a quiet week, then six heat complaints the week after: one new alert, for that week
        List<String> later = new ArrayList<>(List.of("评价ID,订单编号,宝贝标题,商家编码,评价时间,评分,评价内容"));
        later.add("N0,N0,星河 X7 256GB,XH-X7-256,2026-03-02 10:00:00,5,拍照效果很棒，夜景也很清晰，五星好评。");
        for (int k = 0; k < 6; k++) later.add("N" + (k + 1) + ",M" + k + ",星河 X7 256GB,XH-X7-256,2026-03-1" + k + " 10:00:00,1,玩一会儿游戏就烫手，发热严重，差评");
        Path file = dir.resolve("reviews-2026-03.csv");
        Files.write(file, later, StandardCharsets.UTF_8);
        CliRunner again = CliRunner.run("import", "--workspace", ws.toString(), file.toString());
        assertThat(again.exit).as(again.err).isZero();
        List<Alert> now = feedbackAlerts(ws);
        assertThat(now).hasSize(raised.size() + 1);
        assertThat(now.get(0).subject()).isEqualTo("feedback:星河 X7:heat:2026-W11");
        assertThat(now.get(0).message()).contains("6 complaints in 2026-W11").contains("玩一会儿游戏就烫手");

        // the same file again stores nothing and raises nothing
        CliRunner twice = CliRunner.run("import", "--workspace", ws.toString(), file.toString());
        assertThat(twice.err).doesNotContain("feedback:");
        assertThat(feedbackAlerts(ws)).hasSize(raised.size() + 1);
    }
}
