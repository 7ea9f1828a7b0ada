package org.salestrack.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export files themselves: the header is real text in the PDF, whatever language it is in. */
class DashboardExportTest {
    @TempDir
    Path dir;

    @Test
    void thePdfHoldsTheHeaderAsTextAndThePictureBelowIt() throws Exception {
        BufferedImage picture = new BufferedImage(1400, 1800, BufferedImage.TYPE_INT_ARGB);
        List<String> header = List.of("SalesTrack 仪表盘", "筛选：2025-01-01 至 2025-12-31 · 省份: 广东, 排除 浙江 · 数据截至 2025-12-31",
                "数据截至 2025-12-31");
        Path out = dir.resolve("d.pdf");
        DashboardExport.writePdf(picture, header, out);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("2025-01-01").contains("2025-12-31");
            if (Files.exists(Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"))) {
                assertThat(text).contains("省份: 广东, 排除 浙江").contains("数据截至 2025-12-31");
            }
        }
        DashboardExport.writePdf(picture, List.of("SalesTrack dashboard", "Filters: all", "Data as of 2025-12-31"), out);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Filters: all").contains("Data as of 2025-12-31");
        }
    }
}
