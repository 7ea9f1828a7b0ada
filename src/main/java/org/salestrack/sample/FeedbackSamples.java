package org.salestrack.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The customer-feedback samples (issue 22) in samples/feedback/: a Tmall review export (GBK CSV), a JD review
 * export (XLSX) and the service desk's ticket export (CSV), with their own README naming the planted
 * episodes. They draw from their own random streams, so the other sample files stay as they were.
 */
public final class FeedbackSamples {
    public static final String TMALL_REVIEWS = "feedback/reviews-tmall-2024-2025.csv";
    public static final String JD_REVIEWS = "feedback/reviews-jd-2024-2025.xlsx";
    public static final String TICKETS = "feedback/tickets-2024-2025.csv";
    static final long REVIEW_SEED_OFFSET = 2201;
    static final long TICKET_SEED_OFFSET = 2202;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** What was written: every review and ticket, and the dealer planted as slow. */
    public record Written(List<ReviewSamples.Review> reviews, List<TicketSamples.Ticket> tickets, String slowDealer) {}

    private FeedbackSamples() {}

    static Written write(Path out, long seed, List<SaleRecord> tmall, List<SaleRecord> jd, Network network, Catalogue catalogue)
            throws IOException {
        Files.createDirectories(out.resolve("feedback"));
        List<ReviewSamples.Review> reviews = new ReviewSamples(seed + REVIEW_SEED_OFFSET).simulate(tmall, jd);
        List<TicketSamples.Ticket> tickets = new TicketSamples(seed + TICKET_SEED_OFFSET).simulate(network, catalogue);
        tmall(out.resolve(TMALL_REVIEWS), reviews);
        jd(out.resolve(JD_REVIEWS), reviews);
        tickets(out.resolve(TICKETS), tickets);
        Written w = new Written(reviews, tickets, TicketSamples.slowDealer(network));
        Files.writeString(out.resolve("feedback/README.md"), readme(w), StandardCharsets.UTF_8);
        return w;
    }

    private static void tmall(Path file, List<ReviewSamples.Review> reviews) throws IOException {
        // Tmall's seller centre exports in GBK, like its order export
        try (CsvOut csv = new CsvOut(file, java.nio.charset.Charset.forName("GBK"), false, ',', "\r\n")) {
            csv.row("评价ID", "订单编号", "宝贝标题", "商家编码", "评价时间", "评分", "评价内容");
            for (ReviewSamples.Review r : reviews) {
                if (r.channel() != Channel.TMALL) continue;
                csv.row(r.reviewId(), r.line().orderId(), r.line().product().name(), r.line().product().sku(), STAMP.format(r.at()),
                        r.rating(), r.text());
            }
        }
    }

    private static void jd(Path file, List<ReviewSamples.Review> reviews) throws IOException {
        SXSSFWorkbook wb = XlsxFiles.create();
        CellStyle time = wb.createCellStyle();
        time.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        Sheet sheet = wb.createSheet("商品评价");
        sheet.createRow(0).createCell(0).setCellValue("京东商家后台 · 商品评价导出（2024-01-01 至 2025-12-31）");
        Row header = sheet.createRow(2);
        String[] columns = {"评价编号", "订单号", "商品编号", "商品名称", "评价星级", "评价内容", "评价时间"};
        for (int i = 0; i < columns.length; i++) header.createCell(i).setCellValue(columns[i]);
        int r = 3;
        for (ReviewSamples.Review v : reviews) {
            if (v.channel() != Channel.JD) continue;
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(v.reviewId());
            row.createCell(1).setCellValue(v.line().orderId());
            row.createCell(2).setCellValue(v.line().product().sku());
            row.createCell(3).setCellValue(v.line().product().name());
            row.createCell(4).setCellValue(v.rating());
            row.createCell(5).setCellValue(v.text());
            Cell at = row.createCell(6);
            at.setCellValue(v.at());
            at.setCellStyle(time);
        }
        XlsxFiles.save(wb, file);
    }

    private static void tickets(Path file, List<TicketSamples.Ticket> tickets) throws IOException {
        try (CsvOut csv = CsvOut.utf8(file)) {
            csv.row("工单号", "创建时间", "完结时间", "受理渠道", "门店编码", "经销商编码", "商品编码", "问题类型", "工单状态", "问题描述");
            for (TicketSamples.Ticket t : tickets) {
                LocalDateTime done = t.resolvedAt();
                csv.row(t.ticketId(), STAMP.format(t.openedAt()), done == null ? "" : STAMP.format(done), t.store().channel().id(),
                        t.store().code(), t.store().dealerCode(), t.product().sku(), t.category(), done == null ? "处理中" : "已完结",
                        t.text());
            }
        }
    }

    private static String readme(Written w) {
        long tmall = w.reviews().stream().filter(r -> r.channel() == Channel.TMALL).count();
        long negative = w.reviews().stream().filter(r -> r.rating() <= 2).count();
        long planted = w.reviews().stream().filter(ReviewSamples.Review::planted).count();
        long slow = w.tickets().stream().filter(t -> w.slowDealer().equals(t.store().dealerCode())).count();
        long open = w.tickets().stream().filter(t -> t.resolvedAt() == null).count();
        return "# Customer feedback samples\n\n"
                + "Written by `samples` with the other sample files, from their own random streams (seed + "
                + REVIEW_SEED_OFFSET + " and seed + " + TICKET_SEED_OFFSET + ").\n\n"
                + "| file | kind | profile | rows |\n| --- | --- | --- | --- |\n"
                + "| `" + TMALL_REVIEWS + "` | review | tmall-reviews | " + tmall + " |\n"
                + "| `" + JD_REVIEWS + "` | review | jd-reviews | " + (w.reviews().size() - tmall) + " |\n"
                + "| `" + TICKETS + "` | ticket | service-tickets | " + w.tickets().size() + " |\n\n"
                + "Reviews belong to Tmall and JD order lines of the sample (same order number and SKU), written 3-20 days after the\n"
                + "sale; " + negative + " of the " + w.reviews().size() + " reviews rate 1 or 2 stars.\n\n"
                + "Planted episodes:\n"
                + "- **" + ReviewSamples.UPDATE_MODEL + " overheating after a software update**: from the week of "
                + ReviewSamples.UPDATE_WEEK + " (ISO 2025-W45) buyers complain of heat after updating: "
                + ReviewSamples.AFTER_UPDATE_HEAT[0] + ", " + ReviewSamples.AFTER_UPDATE_HEAT[1] + " and " + ReviewSamples.AFTER_UPDATE_HEAT[2]
                + " reviews in weeks 45, 46 and 47 (" + planted + " in all; ids starting TU or JU); the model drew no heat complaints before.\n"
                + "- **A dealer whose tickets stay open for days**: the tickets of the stores of dealer " + w.slowDealer()
                + " (" + slow + " tickets) take 3 to 11 days, and some are still open; elsewhere the median is about 16 hours.\n"
                + "  " + open + " tickets are open (处理中) in the export.\n";
    }
}
