package org.salestrack.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartImagesTest {
    private static JFreeChart chart() {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        d.addValue(12.5, "华南", "2025-01");
        d.addValue(17.0, "华南", "2025-02");
        return ChartFactory.createLineChart("销售额 Sales", "Month", "CNY", d);
    }

    @Test
    void pngHasTheAskedSize(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("c.png");
        ChartImages.png(chart(), 640, 400, png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(640);
        assertThat(img.getHeight()).isEqualTo(400);
    }

    @Test
    void svgIsAnSvgDocumentWithTheTitleAsText(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("c.svg");
        ChartImages.svg(chart(), 640, 400, svg);
        String xml = Files.readString(svg);
        assertThat(xml).contains("<svg").contains("width=\"640\"").contains("height=\"400\"").contains("销售额 Sales").contains("2025-02");
    }
}
