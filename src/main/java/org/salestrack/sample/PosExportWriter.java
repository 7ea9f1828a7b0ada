package org.salestrack.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The store POS export for direct, authorised and carrier stores: UTF-8 with BOM (so Excel shows the
 * Chinese), CRLF, one line per receipt line, the store type as channel, province as its one-character
 * abbreviation (粤, 京 ...), slash dates without seconds, amounts with thousands separators, the IMEI
 * (串号) of each device, and member name and phone when the buyer gave them.
 */
final class PosExportWriter {
    static final String[] HEADER = {"门店编码", "门店类型", "省份", "单据号", "行号", "销售时间", "商品编码", "数量", "单价",
        "实收金额", "串号", "会员姓名", "会员手机"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/M/d H:mm");

    private PosExportWriter() {}

    static SampleFile write(Path dir, String name, List<SaleRecord> lines, Geography geo) throws IOException {
        try (CsvOut out = new CsvOut(dir.resolve(name), StandardCharsets.UTF_8, true, ',', "\r\n")) {
            out.row((Object[]) HEADER);
            for (SaleRecord r : lines) {
                Customer m = r.customer();
                out.row(r.storeCode(), r.channel().id(), geo.province(r.provinceCode()).abbr(), r.orderId(), r.lineNo(),
                        r.soldAt().format(TIME), r.product().sku(), r.qty(), Formats.plain(r.unitPriceE4()),
                        Formats.grouped(r.amountE4()), r.imei(), m == null ? null : m.name(), m == null ? null : m.phone());
            }
            return new SampleFile(name, "sales", "Store POS (直营店, 授权店, 运营商厅)", "CSV", "UTF-8 with BOM",
                    "pos-sales", out.rows());
        }
    }
}
