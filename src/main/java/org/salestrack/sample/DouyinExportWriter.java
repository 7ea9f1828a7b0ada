package org.salestrack.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.salestrack.model.Province;
import org.salestrack.model.SaleStatus;

/**
 * The Douyin shop (抖店) order export: tab-separated UTF-8 without BOM, Chinese headers, slash dates,
 * the paid amount with thousands separators, provinces sometimes with and sometimes without 省, and
 * the live room or creator that sold the order.
 */
final class DouyinExportWriter {
    static final String[] HEADER = {"主订单编号", "商品序号", "商家编码", "选购商品", "商品数量", "商品单价", "订单应付金额",
        "支付完成时间", "省", "市", "达人昵称", "订单状态", "活动编码"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");
    private static final String[] CREATORS = {"星河官方旗舰店直播间", "星河手机官方直播间", "数码老王", "科技小美测评", "搞机少女阿琳"};

    private DouyinExportWriter() {}

    static SampleFile write(Path dir, String name, List<SaleRecord> lines, Geography geo) throws IOException {
        try (CsvOut out = new CsvOut(dir.resolve(name), StandardCharsets.UTF_8, false, '\t', "\n")) {
            out.row((Object[]) HEADER);
            for (SaleRecord r : lines) {
                Province p = geo.province(r.provinceCode());
                int h = Math.floorMod(r.orderId().hashCode(), 100);
                String province = h < 60 ? p.fullNameZh() : p.nameZh();
                String creator = CREATORS[h < 55 ? 0 : h < 80 ? 1 : 2 + h % 3];
                out.row(r.orderId(), r.lineNo(), r.product().sku(), r.product().name(), r.qty(),
                        Formats.plain(r.unitPriceE4()), Formats.grouped(r.amountE4()), r.soldAt().format(TIME),
                        province, r.city(), creator, status(r.status()), r.campaignCode());
            }
            return new SampleFile(name, "sales", "抖音 Douyin shop order export", "TSV", "UTF-8", "douyin-orders", out.rows());
        }
    }

    private static String status(SaleStatus s) {
        return switch (s) {
            case PAID -> "已完成";
            case REFUNDED -> "已退款";
            case CANCELLED -> "已取消";
        };
    }
}
