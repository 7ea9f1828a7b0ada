package org.salestrack.sample;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.salestrack.model.SaleStatus;

/**
 * Tmall's 宝贝报表 order-line export: GBK, comma-separated, CRLF, Chinese headers, text dates, buyer
 * name, phone and address in clear. Two exports overlap by three days, as when an analyst pulls the
 * second half-year without noticing the first already ran to the end of June.
 */
final class TmallExportWriter {
    static final LocalDateTime FIRST_EXPORT_END = LocalDateTime.of(2025, 7, 1, 0, 0);
    static final LocalDateTime SECOND_EXPORT_START = LocalDateTime.of(2025, 6, 28, 0, 0);
    static final String[] HEADER = {"订单编号", "付款时间", "宝贝标题", "商家编码", "购买数量", "商品价格", "实付金额",
        "收货人姓名", "联系手机", "收货地址", "收货省份", "收货城市", "订单状态"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private TmallExportWriter() {}

    static SampleFile write(Path dir, String name, List<SaleRecord> lines, LocalDateTime from, LocalDateTime to,
                            Geography geo) throws IOException {
        try (CsvOut out = new CsvOut(dir.resolve(name), Charset.forName("GBK"), false, ',', "\r\n")) {
            out.row((Object[]) HEADER);
            for (SaleRecord r : lines) {
                if (r.soldAt().isBefore(from) || !r.soldAt().isBefore(to)) continue;
                Customer c = r.customer();
                out.row(r.orderId(), r.soldAt().format(TIME), r.product().name(), r.product().sku(), r.qty(),
                        Formats.plain(r.product().listPriceE4()), Formats.plain(r.amountE4()), c.name(), c.phone(),
                        c.address(), Formats.provinceFull(geo.province(r.provinceCode())), Formats.cityFull(r.city()),
                        status(r.status()));
            }
            return new SampleFile(name, "sales", "天猫 Tmall order-line export", "CSV", "GBK", "tmall-orders", out.rows());
        }
    }

    static String status(SaleStatus s) {
        return switch (s) {
            case PAID -> "交易成功";
            case REFUNDED -> "已退款";
            case CANCELLED -> "交易关闭";
        };
    }
}
