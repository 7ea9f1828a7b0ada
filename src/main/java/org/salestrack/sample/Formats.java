package org.salestrack.sample;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.salestrack.model.Money;
import org.salestrack.model.Province;

/** The spellings sources use for money and provinces. */
final class Formats {
    private Formats() {}

    static String plain(long e4) { return Money.ofE4(e4).toPlainString(); }

    /** 12,345.00 */
    static String grouped(long e4) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(new BigDecimal(Money.ofE4(e4).toPlainString()));
    }

    /** ¥12,345.00 (the yen/yuan sign U+00A5 as Chinese spreadsheets show it). */
    static String yuan(long e4) { return "¥" + grouped(e4); }

    /** 广东省, 北京市, 内蒙古自治区: the full official name marketplaces print. */
    static String provinceFull(Province p) { return p.fullNameZh(); }

    /** A city as an address line shows it: 广州市; the special regions stay as they are. */
    static String cityFull(String city) {
        return city.equals("香港") || city.equals("澳门") ? city : city + "市";
    }
}
