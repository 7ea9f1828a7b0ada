package org.salestrack.ui.dashboard;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.DialogService;
import org.salestrack.ui.I18n;

/**
 * The dashboard to PDF or PNG (issue 11 #16): a picture of the whole dashboard (not only the part
 * scrolled into view) with the active filters and the data's as-of date printed on it. The PDF carries
 * them as text (searchable, selectable) above the picture; the PNG shows them in the picture's header and
 * keeps them in its metadata.
 */
final class DashboardExport {
    /** TrueType fonts with Chinese glyphs that PDFBox can embed as a subset, by platform. */
    private static final List<String> CJK_FONTS = List.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/arphic/uming.ttc",
            "C:/Windows/Fonts/simhei.ttf", "C:/Windows/Fonts/simsun.ttc", "/Library/Fonts/Arial Unicode.ttf",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf");
    private final Node content;
    private final DialogService dialogs;
    private final TaskExecutor tasks;
    private final I18n i18n;

    DashboardExport(Node content, DialogService dialogs, TaskExecutor tasks, I18n i18n) {
        this.content = content;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.i18n = i18n;
    }

    /** Asks for a file, takes the picture on the FX thread and writes the file in the background. */
    void export(String filters, LocalDate asOf, boolean pdf) {
        String name = "dashboard-" + asOf + (pdf ? ".pdf" : ".png");
        dialogs.chooseSaveFile(i18n.get(pdf ? "dashboard.export.pdf" : "dashboard.export.png"), name).ifPresent(out -> {
            BufferedImage picture = SwingFXUtils.fromFXImage(content.snapshot(new SnapshotParameters(), null), null);
            List<String> header = List.of(i18n.get("dashboard.export.title"), filters, i18n.get("dashboard.export.as.of", asOf.toString()));
            tasks.execute(new BackgroundTask<Path>(i18n.get("export.chart.task", out.getFileName())) {
                @Override
                public Path call() throws IOException {
                    if (pdf) writePdf(picture, header, out); else writePng(picture, String.join("\n", header), out);
                    return out;
                }
            }, p -> { }, e -> dialogs.showError(i18n.get("export.failed.title"),
                    i18n.get("export.failed", out, org.salestrack.ui.Failures.text(i18n, e))));
        });
    }

    /** One landscape A4 page: the header lines as text, then the picture scaled to fit below them. */
    static void writePdf(BufferedImage picture, List<String> header, Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(a4);
            doc.addPage(page);
            Fonts fonts = new Fonts(doc, header);
            float margin = 28;
            float y = a4.getHeight() - margin;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float size = 13;
                for (String line : header) {
                    for (List<Run> part : fonts.wrap(line, size, a4.getWidth() - 2 * margin)) {
                        y -= size + 4;
                        cs.beginText();
                        cs.newLineAtOffset(margin, y);
                        for (Run r : part) {
                            cs.setFont(r.font(), size);
                            cs.showText(r.text());
                        }
                        cs.endText();
                    }
                    size = 10;
                }
                y -= 10;
                PDImageXObject img = LosslessFactory.createFromImage(doc, picture);
                float scale = Math.min((a4.getWidth() - 2 * margin) / picture.getWidth(), (y - margin) / picture.getHeight());
                cs.drawImage(img, margin, y - picture.getHeight() * scale, picture.getWidth() * scale, picture.getHeight() * scale);
            }
            doc.getDocumentInformation().setTitle(header.get(0));
            doc.getDocumentInformation().setSubject(String.join(" | ", header.subList(1, header.size())));
            doc.save(out.toFile());
        }
    }

    /** A piece of a line drawn in one font. */
    private record Run(PDFont font, String text) {}

    /**
     * Helvetica for Latin text and, when the header has Chinese, a Chinese TrueType font found on the
     * machine (such fonts often lack Latin glyphs, so each character goes to the font that has it); a
     * character neither can draw becomes "?", so a missing font never fails the export.
     */
    private static final class Fonts {
        private final PDFont latin = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDFont cjk;

        Fonts(PDDocument doc, List<String> header) {
            boolean onlyLatin = header.stream().allMatch(t -> t.chars().allMatch(c -> c < 0x250));
            this.cjk = onlyLatin ? null : load(doc);
        }

        private static PDFont load(PDDocument doc) {
            for (String f : CJK_FONTS) {
                Path p = Path.of(f);
                if (!Files.isReadable(p) || f.endsWith(".ttc")) continue;
                try {
                    return PDType0Font.load(doc, p.toFile());
                } catch (IOException | RuntimeException e) {
                    // not loadable by PDFBox: try the next one
                }
            }
            return null;
        }

        private static boolean draws(PDFont font, String ch) {
            if (font == null) return false;
            try {
                font.encode(ch);
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }

        List<Run> runs(String text) {
            List<Run> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            PDFont curFont = null;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                String ch = new String(Character.toChars(cp));
                PDFont f = draws(latin, ch) ? latin : draws(cjk, ch) ? cjk : latin;
                if (f == latin && !draws(latin, ch)) ch = "?";
                if (f != curFont && !cur.isEmpty()) {
                    out.add(new Run(curFont, cur.toString()));
                    cur.setLength(0);
                }
                curFont = f;
                cur.append(ch);
            }
            if (!cur.isEmpty()) out.add(new Run(curFont, cur.toString()));
            return out;
        }

        float width(String text, float size) throws IOException {
            float w = 0;
            for (Run r : runs(text)) w += r.font().getStringWidth(r.text()) / 1000 * size;
            return w;
        }

        /** The line cut at spaces (or anywhere, for long Chinese runs) to fit the width. */
        List<List<Run>> wrap(String text, float size, float width) throws IOException {
            List<List<Run>> lines = new ArrayList<>();
            String rest = text;
            while (width(rest, size) > width) {
                int cut = rest.length();
                while (cut > 1 && width(rest.substring(0, cut), size) > width) cut--;
                int space = rest.lastIndexOf(' ', cut);
                if (space > cut / 2) cut = space;
                lines.add(runs(rest.substring(0, cut).strip()));
                rest = rest.substring(cut).strip();
            }
            lines.add(runs(rest));
            return lines;
        }
    }

    /** The picture as PNG with the header kept as an international text chunk (Description). */
    static void writePng(BufferedImage picture, String description, Path out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        ImageWriter writer = writers.next();
        try (OutputStream os = Files.newOutputStream(out); ImageOutputStream ios = ImageIO.createImageOutputStream(os)) {
            writer.setOutput(ios);
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(picture), null);
            IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
            entry.setAttribute("keyword", "Description");
            entry.setAttribute("compressionFlag", "FALSE");
            entry.setAttribute("compressionMethod", "0");
            entry.setAttribute("languageTag", "");
            entry.setAttribute("translatedKeyword", "");
            entry.setAttribute("text", description);
            IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
            itxt.appendChild(entry);
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            root.appendChild(itxt);
            meta.mergeTree("javax_imageio_png_1.0", root);
            writer.write(new IIOImage(picture, null, meta));
        } finally {
            writer.dispose();
        }
    }
}
