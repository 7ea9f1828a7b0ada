package org.salestrack.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The master data the brand keeps: product catalogue, dealer list and store list (UTF-8 CSV, canonical headers). */
final class DimensionWriter {
    private DimensionWriter() {}

    static SampleFile products(Path dir, Catalogue catalogue) throws IOException {
        try (CsvOut out = CsvOut.utf8(dir.resolve("master/products.csv"))) {
            out.row("sku", "product_name", "model", "series", "category", "launch_date", "list_price", "unit_cost");
            for (Product p : catalogue.products()) {
                out.row(p.sku(), p.name(), p.model(), p.series(), p.category(), p.launch(), Formats.plain(p.listPriceE4()),
                        Formats.plain(p.unitCostE4()));
            }
            return new SampleFile("master/products.csv", "product", "Brand product master", "CSV", "UTF-8", "products", out.rows());
        }
    }

    static SampleFile dealers(Path dir, List<Dealer> dealers, Geography geo) throws IOException {
        try (CsvOut out = CsvOut.utf8(dir.resolve("master/dealers.csv"))) {
            out.row("dealer_code", "name", "tier", "grade", "province", "city", "lat", "lon");
            for (Dealer d : dealers) {
                out.row(d.code(), d.name(), d.tier(), d.grade(), geo.province(d.provinceCode()).fullNameZh(), d.seat().name(),
                        d.lat(), d.lon());
            }
            return new SampleFile("master/dealers.csv", "dealer", "Brand dealer register", "CSV", "UTF-8", "dealers", out.rows());
        }
    }

    static SampleFile stores(Path dir, List<Store> stores, Geography geo) throws IOException {
        try (CsvOut out = CsvOut.utf8(dir.resolve("master/stores.csv"))) {
            out.row("store_code", "name", "dealer_code", "channel", "store_type", "province", "city", "lat", "lon", "county");
            for (Store s : stores) {
                out.row(s.code(), s.name(), s.dealerCode(), s.channel().id(), s.channel().nameEn(),
                        geo.province(s.provinceCode()).fullNameZh(), s.city().name(), s.lat(), s.lon(),
                        s.county() == null ? null : s.county().name());
            }
            return new SampleFile("master/stores.csv", "store", "Brand store register", "CSV", "UTF-8", "stores", out.rows());
        }
    }
}
