package org.salestrack.ui.inventory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.salestrack.ingest.ImportService;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * A small workspace with planted inventory cases, as of 2025-12-31 (store snapshot of Sunday 2025-12-28):
 * <ul>
 * <li>S1 (广东, no dealer) sells one P-A a day and holds 3: cover 3/7 week, short of 2 weeks by 11 units;</li>
 * <li>S2 (广东) holds no P-A while S1 sells it: a stock-out; S2 sold one P-A every other day until 2025-10-31;</li>
 * <li>S3 (北京) sells one P-A a week and holds 40: 32 above eight weeks of cover, the surplus that goes to 广东;</li>
 * <li>S3 sold ten P-B a week through 2025, then two a week from 2025-12-01 while holding 50: a slow mover in 华北.</li>
 * </ul>
 */
final class InventoryFixture {
    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    private InventoryFixture() {}

    static void importInto(ImportService imports, Path dir) throws Exception {
        Path products = write(dir, "products.csv", List.of("sku,product_name,model,series,category,launch_date,list_price,unit_cost",
                "P-A,Phone A,A,Alpha,手机,2024-01-01,1000.00,600.00", "P-B,Phone B,B,Beta,手机,2024-01-01,2000.00,1200.00"));
        Path stores = write(dir, "stores.csv", List.of("store_code,name,dealer_code,channel,store_type,province,city,lat,lon",
                "S1,Store 1,,直营店,Direct store,广东省,广州,23.13,113.26", "S2,Store 2,,直营店,Direct store,广东省,深圳,22.54,114.06",
                "S3,Store 3,,直营店,Direct store,北京市,北京,39.90,116.40"));
        List<String> pos = new ArrayList<>();
        pos.add("门店编码,门店类型,省份,单据号,行号,销售时间,商品编码,数量,单价,实收金额,串号,会员姓名,会员手机");
        int n = 0;
        for (LocalDate d = LocalDate.of(2024, 12, 30); !d.isAfter(AS_OF); d = d.plusDays(1)) {
            String day = d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
            pos.add(line("S1", "粤", ++n, day, "P-A", 1, "1000.00"));
            if (d.getDayOfYear() % 2 == 0 && d.isBefore(LocalDate.of(2025, 11, 1))) pos.add(line("S2", "粤", ++n, day, "P-A", 1, "1000.00"));
            if (d.getDayOfWeek() == java.time.DayOfWeek.MONDAY) {
                pos.add(line("S3", "京", ++n, day, "P-A", 1, "1000.00"));
                pos.add(line("S3", "京", ++n, day, "P-B", d.isBefore(LocalDate.of(2025, 12, 1)) ? 10 : 2, "2000.00"));
            }
        }
        Path sales = write(dir, "pos.csv", pos);
        Path stock = write(dir, "stock.csv", List.of("as_of,location_code,location_type,sku,on_hand,in_transit",
                "2025-12-21,S1,store,P-A,9,0", "2025-12-21,S2,store,P-A,1,0", "2025-12-21,S3,store,P-A,41,0", "2025-12-21,S3,store,P-B,52,0",
                "2025-12-28,S1,store,P-A,3,0", "2025-12-28,S2,store,P-A,0,0", "2025-12-28,S3,store,P-A,40,0", "2025-12-28,S3,store,P-B,50,0"));
        for (Path f : List.of(products, stores, sales, stock)) imports.importFile(f, null, ProgressListener.NONE, Cancellation.none());
    }

    private static String line(String store, String province, int n, String day, String sku, int qty, String price) {
        String amount = new java.math.BigDecimal(price).multiply(java.math.BigDecimal.valueOf(qty)).setScale(2).toPlainString();
        return store + ",直营店," + province + "," + store + "-" + n + ",1," + day + " 10:00," + sku + "," + qty + "," + price + "," + amount + ",,,";
    }

    private static Path write(Path dir, String name, List<String> lines) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, lines, StandardCharsets.UTF_8);
        return p;
    }
}
