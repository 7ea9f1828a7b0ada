package org.salestrack.sample;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.salestrack.model.Money;

/**
 * The official mall's order feed: JSON lines, one order line per line, English keys, ISO times with
 * the +08:00 offset, English province names, the member id instead of personal data, and IMEI and
 * waybill for devices. unit_price is a string, amount a number, as the mall's API sends them.
 */
final class MallJsonWriter {
    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final JsonFactory JSON = new JsonFactory();

    private MallJsonWriter() {}

    /** One mall order in eight is picked up at a store (O2O): the same for every line of the order. */
    static boolean pickup(SaleRecord r) { return Math.floorMod(r.orderId().hashCode(), 8) == 0; }

    static SampleFile write(Path dir, String name, List<SaleRecord> lines, Geography geo) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8)) {
            StringWriter buffer = new StringWriter(512);
            for (SaleRecord r : lines) {
                buffer.getBuffer().setLength(0);
                try (JsonGenerator g = JSON.createGenerator(buffer)) {
                    g.writeStartObject();
                    g.writeStringField("order_no", r.orderId());
                    g.writeNumberField("line_no", r.lineNo());
                    g.writeStringField("paid_at", OffsetDateTime.of(r.soldAt(), CHINA).format(ISO));
                    g.writeStringField("member_id", r.customer().memberId());
                    g.writeStringField("sku", r.product().sku());
                    g.writeNumberField("qty", r.qty());
                    g.writeStringField("unit_price", Formats.plain(r.unitPriceE4()));
                    g.writeNumberField("amount", new BigDecimal(Money.ofE4(r.amountE4()).toPlainString()));
                    g.writeStringField("province", geo.province(r.provinceCode()).nameEn());
                    g.writeStringField("city", r.city());
                    g.writeStringField("status", r.status().id());
                    if (r.imei() != null) g.writeStringField("imei", r.imei());
                    g.writeStringField("waybill", r.waybill());
                    if (r.campaignCode() != null) g.writeStringField("campaign", r.campaignCode());
                    if (pickup(r)) g.writeStringField("delivery", "到店自提");
                    g.writeEndObject();
                }
                out.write(buffer.toString());
                out.write('\n');
            }
        }
        return new SampleFile(name, "sales", "官方商城 official online mall order feed", "JSON lines", "UTF-8",
                "mall-orders", lines.size());
    }
}
