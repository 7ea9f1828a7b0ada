package org.salestrack.sample;

import org.salestrack.model.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The brand's product catalogue for 2024-2025: phone series (星河 flagship, 星河 Fold, 青春 youth, 畅享
 * value), tablets and wearables. Some models launched before 2024 and wind down; successors launch
 * during the two years, so every life-cycle phase appears in the data.
 */
public final class Catalogue {
    public static final String PHONE = "手机";
    public static final String TABLET = "平板";
    public static final String WEARABLE = "穿戴";

    private final List<Product> products;
    private final Map<String, Product> bySku;

    private Catalogue(List<Product> products) {
        this.products = List.copyOf(products);
        this.bySku = products.stream().collect(Collectors.toMap(Product::sku, Function.identity()));
    }

    public List<Product> products() { return products; }

    public Product sku(String sku) {
        Product p = bySku.get(sku);
        if (p == null) throw new IllegalArgumentException("unknown sample SKU " + sku);
        return p;
    }

    public static Catalogue standard() {
        List<Product> l = new ArrayList<>();
        // flagship 星河: X5 (2023) gives way to X6 (Sep 2024) and X7 (Sep 2025)
        model(l, "XH-X5", "星河 X5", "星河", PHONE, "2023-09-20", "2024-10-15", "2025-06-30", "86451201",
                v("256", 4999, 3150, 1.0), v("512", 5499, 3420, 0.5));
        model(l, "XH-X5P", "星河 X5 Pro", "星河", PHONE, "2023-09-20", "2024-10-15", "2025-04-30", "86451202",
                v("512", 6499, 4020, 0.6));
        model(l, "XH-X6", "星河 X6", "星河", PHONE, "2024-09-25", "2025-10-10", "2026-06-30", "86451203",
                v("256", 5199, 3260, 1.1), v("512", 5699, 3530, 0.55));
        model(l, "XH-X6P", "星河 X6 Pro", "星河", PHONE, "2024-09-25", "2025-10-10", "2026-06-30", "86451204",
                v("512", 6799, 4180, 0.65), v("1T", 7799, 4700, 0.2));
        model(l, "XH-X7", "星河 X7", "星河", PHONE, "2025-09-24", "2026-09-30", "2027-06-30", "86451205",
                v("256", 5299, 3300, 1.15), v("512", 5799, 3560, 0.55));
        model(l, "XH-X7P", "星河 X7 Pro", "星河", PHONE, "2025-09-24", "2026-09-30", "2027-06-30", "86451206",
                v("512", 6999, 4260, 0.7));
        // foldables: small volumes, high prices
        model(l, "XH-F3", "星河 Fold 3", "星河折叠", PHONE, "2023-08-10", "2024-08-01", "2025-03-31", "86451207",
                v("512", 9999, 6300, 0.18));
        model(l, "XH-F4", "星河 Fold 4", "星河折叠", PHONE, "2024-08-08", "2025-08-01", "2026-03-31", "86451208",
                v("512", 10999, 6800, 0.2), v("1T", 12999, 7900, 0.06));
        model(l, "XH-FL2", "星河 Flip 2", "星河折叠", PHONE, "2025-03-18", "2026-03-01", "2026-12-31", "86451209",
                v("256", 5999, 3800, 0.25));
        // youth 青春: spring launches, strong online
        model(l, "QC-Y30", "青春 Y30", "青春", PHONE, "2023-11-08", "2024-06-01", "2025-02-28", "86451210",
                v("128", 1999, 1320, 0.9), v("256", 2299, 1490, 0.7));
        model(l, "QC-Y40", "青春 Y40", "青春", PHONE, "2024-05-20", "2025-05-25", "2026-02-28", "86451211",
                v("128", 2099, 1370, 1.0), v("256", 2399, 1540, 0.8));
        model(l, "QC-Y50", "青春 Y50", "青春", PHONE, "2025-05-15", "2026-05-20", "2027-02-28", "86451212",
                v("128", 2199, 1420, 1.0), v("256", 2499, 1590, 0.85));
        // value 畅享: carrier shops and smaller cities
        model(l, "CX-E20", "畅享 E20", "畅享", PHONE, "2023-06-12", "2024-03-15", "2024-12-31", "86451213",
                v("128", 1199, 860, 0.9));
        model(l, "CX-E30", "畅享 E30", "畅享", PHONE, "2024-03-12", "2025-03-01", "2025-12-31", "86451214",
                v("128", 1299, 920, 1.1), v("256", 1499, 1040, 0.5));
        model(l, "CX-E40", "畅享 E40", "畅享", PHONE, "2025-02-25", "2026-03-01", "2026-12-31", "86451215",
                v("128", 1399, 980, 1.1), v("256", 1599, 1100, 0.55));
        // tablets (cellular editions carry an IMEI)
        model(l, "PAD-6", "星河平板 Pad 6", "星河平板", TABLET, "2023-10-16", "2024-09-01", "2025-06-30", "86451216",
                v("128", 2499, 1650, 0.45), v("256", 2899, 1880, 0.25));
        model(l, "PAD-7", "星河平板 Pad 7", "星河平板", TABLET, "2024-10-15", "2025-10-01", "2026-08-31", "86451217",
                v("128", 2599, 1700, 0.5), v("256", 2999, 1930, 0.3));
        model(l, "PAD-7P", "星河平板 Pad 7 Pro", "星河平板", TABLET, "2024-10-15", "2025-10-01", "2026-08-31", "86451218",
                v("256", 3999, 2580, 0.22));
        model(l, "PAD-SE", "青春平板 Pad SE", "青春平板", TABLET, "2025-04-10", "2026-04-01", "2027-01-31", "86451219",
                v("128", 1299, 880, 0.45));
        // wearables: no IMEI
        model(l, "W-4", "星河手表 Watch 4", "星河手表", WEARABLE, "2023-09-20", "2024-09-01", "2025-05-31", null,
                v("46", 1488, 820, 0.4));
        model(l, "W-5", "星河手表 Watch 5", "星河手表", WEARABLE, "2024-09-25", "2025-09-01", "2026-06-30", null,
                v("46", 1588, 870, 0.45), v("42", 1488, 820, 0.25));
        model(l, "W-5P", "星河手表 Watch 5 Pro", "星河手表", WEARABLE, "2024-09-25", "2025-09-01", "2026-06-30", null,
                v("48", 2488, 1380, 0.18));
        model(l, "B-9", "星河手环 Band 9", "星河手环", WEARABLE, "2024-06-18", "2025-06-01", "2026-03-31", null,
                v("STD", 269, 130, 0.6));
        model(l, "B-10", "星河手环 Band 10", "星河手环", WEARABLE, "2025-06-10", "2026-06-01", "2027-03-31", null,
                v("STD", 299, 145, 0.6));
        model(l, "B-8", "星河手环 Band 8", "星河手环", WEARABLE, "2023-07-20", "2024-06-01", "2024-12-31", null,
                v("STD", 249, 120, 0.5));
        return new Catalogue(l);
    }

    private record Variant(String suffix, long priceYuan, long costYuan, double popularity) {}

    private static Variant v(String suffix, long priceYuan, long costYuan, double popularity) {
        return new Variant(suffix, priceYuan, costYuan, popularity);
    }

    private static void model(List<Product> out, String code, String model, String series, String category,
                              String launch, String declineFrom, String endOfLife, String tac, Variant... variants) {
        for (Variant v : variants) {
            String sku = code + "-" + v.suffix;
            String name = model + " " + label(category, v.suffix);
            out.add(new Product(sku, name, model, series, category, LocalDate.parse(launch), LocalDate.parse(declineFrom),
                    LocalDate.parse(endOfLife), Money.e4OfWholeYuan(v.priceYuan), Money.e4OfWholeYuan(v.costYuan), v.popularity, tac));
        }
    }

    private static String label(String category, String suffix) {
        if (category.equals(WEARABLE)) return suffix.equals("STD") ? "标准版" : suffix + "mm";
        return suffix.equals("1T") ? "1TB" : suffix + "GB";
    }
}
