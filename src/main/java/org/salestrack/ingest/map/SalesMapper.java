package org.salestrack.ingest.map;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import org.salestrack.ingest.Pseudonymiser;
import org.salestrack.model.ChannelType;
import org.salestrack.model.Message;
import org.salestrack.model.Provinces;
import org.salestrack.model.SaleLine;
import org.salestrack.model.SaleStatus;

/** Maps one source row onto a {@link SaleLine}, deriving amount or unit price and pseudonymising the buyer. */
public final class SalesMapper {
    private final RowAccess r;
    private final String defaultChannel;
    private final Pseudonymiser pseudonymiser;

    public SalesMapper(RowAccess access, String defaultChannel, Pseudonymiser pseudonymiser) {
        this.r = access;
        this.defaultChannel = defaultChannel;
        this.pseudonymiser = pseudonymiser;
    }

    /** @throws FieldException when a field cannot be read */
    SaleLine map(int sourceRow) {
        LocalDateTime soldAt = r.dateTime("sold_at");
        if (soldAt == null) throw new FieldException(r.column("sold_at"), "", Message.of("import.reason.required_empty", "sold_at"));
        String sku = r.required("sku");
        Long qty = r.whole("qty");
        if (qty == null) throw new FieldException(r.column("qty"), "", Message.of("import.reason.required_empty", "qty"));
        Long amount = r.e4("amount");
        Long unit = r.e4("unit_price");
        if (amount == null && unit == null) {
            String col = r.has("amount") ? r.column("amount") : r.column("unit_price");
            throw new FieldException(col, "", Message.of("import.reason.no_amount"));
        }
        try {
            if (amount == null) amount = Math.multiplyExact(unit, qty);
        } catch (ArithmeticException e) {
            throw new FieldException(r.column("unit_price"), r.text("unit_price"), Message.of("import.reason.amount_too_large"));
        }
        // a derived unit price is rounded half up to the e4; the amount, which is summed, is the exact one
        if (unit == null) unit = qty == 0 ? amount : BigDecimal.valueOf(amount).divide(BigDecimal.valueOf(qty), 0, RoundingMode.HALF_UP).longValueExact();
        String storeCode = r.text("store_code");
        String channel = r.text("channel");
        if (channel == null) channel = defaultChannel;
        String typeText = r.text("channel_type");
        ChannelType type;
        try {
            type = typeText == null ? (storeCode != null ? ChannelType.OFFLINE : ChannelType.ONLINE) : ChannelType.parse(typeText);
        } catch (IllegalArgumentException e) {
            throw new FieldException(r.column("channel_type"), typeText, Message.of("import.reason.channel_type", typeText));
        }
        String statusText = r.text("status");
        SaleStatus status;
        try {
            status = statusText == null ? SaleStatus.PAID : SaleStatus.parse(statusText);
        } catch (IllegalArgumentException e) {
            throw new FieldException(r.column("status"), statusText, Message.of("import.reason.order_status", statusText));
        }
        String province = r.province("province");
        String country = r.text("country");
        String region = r.text("region");
        if (province != null && Provinces.get().byCode(province).isPresent()) {
            if (country == null) country = "CN";
            if (region == null) region = Provinces.get().byCode(province).get().salesRegion();
        }
        Long lineNo = r.whole("line_no");
        String customer = pseudonymiser.pseudonym(r.text("customer_id"), r.text("customer_name"), r.text("customer_phone"));
        Boolean pickup = r.flag("pickup");
        return new SaleLine(sourceRow, r.text("order_id"), lineNo == null ? 1 : lineNo.intValue(), soldAt, channel, type,
                storeCode, r.text("dealer_code"), country, region, province, r.text("city"), r.text("postal_code"), sku,
                r.text("product_name"), r.text("model"), r.text("series"), r.text("category"), qty, unit, amount,
                r.share("discount_rate"), r.e4("discount_amount"), r.e4("margin"), orDefault(r.text("currency"), "CNY"),
                customer, r.text("customer_segment"), r.text("customer_age_band"), digitsOnly(r.text("imei")),
                r.text("waybill"), r.text("campaign_code"), r.province("ship_province"), r.real("ship_lat"),
                r.real("ship_lon"), status, pickup != null && pickup, r.text("county"));
    }

    private static String orDefault(String v, String d) { return v == null ? d : v; }

    /** IMEIs arrive with spaces, dashes or a leading apostrophe from spreadsheets. */
    private static String digitsOnly(String imei) {
        if (imei == null) return null;
        StringBuilder b = new StringBuilder(imei.length());
        for (int i = 0; i < imei.length(); i++) {
            char c = imei.charAt(i);
            if (c != ' ' && c != '\'' && c != '-' && c != '\t') b.append(c);
        }
        return b.length() == 0 ? null : b.toString();
    }
}
