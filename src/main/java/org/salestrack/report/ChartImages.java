package org.salestrack.report;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;

/**
 * Exports JFreeChart charts as images for slides and mails: PNG through JFreeChart itself, SVG through
 * Apache Batik's SVG generator (JFreeSVG, JFree's own, is GPL and so not allowed here).
 */
public final class ChartImages {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private ChartImages() {}

    public static void png(JFreeChart chart, int width, int height, Path out) throws IOException {
        AtomicFile.write(out, ".chart-", ".png.part", os -> ChartUtils.writeChartAsPNG(os, chart, width, height));
    }

    /** Vector output: text stays text (selectable, Chinese included) and lines stay sharp at any zoom. */
    public static void svg(JFreeChart chart, int width, int height, Path out) throws IOException {
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation().createDocument(SVG_NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML document builder for SVG", e);
        }
        SVGGraphics2D g2 = new SVGGraphics2D(doc);
        g2.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        try {
            AtomicFile.write(out, ".chart-", ".svg.part", os -> {
                Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
                g2.stream(w, true);
                w.flush();
            });
        } finally {
            g2.dispose();
        }
    }
}
