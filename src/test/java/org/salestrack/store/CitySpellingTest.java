package org.salestrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Member;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.ui.TestWorkspace;

/** 深圳 from one source and 深圳市 from another are one city in every view. */
class CitySpellingTest {
    @TempDir
    Path dir;

    @Test
    void bothSpellingsLandInOneCity() throws Exception {
        TestWorkspace ws = TestWorkspace.create(dir, true);
        long before = ws.explore.totals(ws.explore.span().orElseThrow().with(Dimension.CITY, "深圳")).qty();
        Path file = dir.resolve("more.csv");
        Files.writeString(file, "订单号,日期,渠道,渠道类型,门店,省份,城市,SKU,品名,型号,系列,品类,数量,金额\n"
                + "C0001,2025-03-14 10:00:00,直营店,offline,S001,广东,深圳市,P50-128-BK,星耀 P50 128G 黑,P50,星耀,手机,3,8697.00\n",
                StandardCharsets.UTF_8);
        ws.imports.importFile(file, null, ProgressListener.NONE, Cancellation.none());
        ws.explore.refresh(Cancellation.none());
        assertThat(ws.explore.members(Dimension.CITY)).extracting(Member::label).contains("深圳").doesNotContain("深圳市");
        assertThat(ws.explore.totals(ws.explore.span().orElseThrow().with(Dimension.CITY, "深圳")).qty()).isEqualTo(before + 3);
    }
}
