package org.salestrack.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes the sample data set for one seed: simulates every channel for 2024-2025, balances the dealer
 * ledger, plants the known problems, then writes each source's files in its own shape, the shipped
 * mapping profiles and samples/README.md. The same seed always gives the same bytes.
 */
public final class SampleGenerator {
    static final double TMALL_ORDERS_PER_DAY = 22;
    static final double JD_ORDERS_PER_DAY = 40;
    static final double MALL_ORDERS_PER_DAY = 8;
    static final double DOUYIN_ORDERS_PER_DAY = 8;
    static final double POS_RECEIPTS_PER_DAY = 50;
    static final double DEALER_UNITS_PER_SIZE_PER_MONTH = 14;
    private static final Comparator<SaleRecord> BY_TIME = Comparator.comparing(SaleRecord::soldAt)
            .thenComparing(SaleRecord::orderId).thenComparingInt(SaleRecord::lineNo);

    private SampleGenerator() {}

    public static SampleSet generate(Path out, long seed) throws IOException {
        Catalogue catalogue = Catalogue.standard();
        Geography geo = Geography.load();
        Network network = Network.build(geo, new java.util.SplittableRandom(seed), new java.util.SplittableRandom(seed + 21));
        Campaigns campaigns = Campaigns.standard();
        Demand demand = new Demand(catalogue);

        List<SaleRecord> tmall = online(Channel.TMALL, TMALL_ORDERS_PER_DAY, demand, geo, campaigns, seed + 1);
        List<SaleRecord> jd = online(Channel.JD, JD_ORDERS_PER_DAY, demand, geo, campaigns, seed + 2);
        List<SaleRecord> mall = online(Channel.MALL, MALL_ORDERS_PER_DAY, demand, geo, campaigns, seed + 3);
        List<SaleRecord> douyin = online(Channel.DOUYIN, DOUYIN_ORDERS_PER_DAY, demand, geo, campaigns, seed + 4);
        List<SaleRecord> pos = new ArrayList<>(new StoreSales(network, geo, demand, campaigns, POS_RECEIPTS_PER_DAY, seed + 5).simulate());
        pos.sort(BY_TIME.thenComparing(SaleRecord::storeCode));
        CrossChannelShoppers.link(pos, tmall, seed + 24);
        List<SaleRecord> dealerRows = new ArrayList<>(
                new DealerSellThrough(network, geo, catalogue, DEALER_UNITS_PER_SIZE_PER_MONTH, seed + 6, seed + 22).simulate());

        List<SaleRecord> dealerSellOut = new ArrayList<>(dealerRows);
        dealerSellOut.addAll(pos);
        DealerLedger ledger = DealerLedger.build(network, catalogue, dealerSellOut, seed + 7);

        Imeis imeis = new Imeis(1000 + (int) Math.floorMod(seed * 7919, 90_000));
        assignImeis(pos, imeis);
        assignImeis(mall, imeis);

        SalePlants plants = new SalePlants(seed + 8);
        plants.nightBurst(tmall, geo, catalogue);
        tmall.sort(BY_TIME);
        Store spikeStore = plants.storeSpike(pos, network, catalogue, campaigns, geo, imeis);
        pos.sort(BY_TIME.thenComparing(SaleRecord::storeCode));
        plants.imeiProblems(pos);
        plants.imeiOnTwoWaybills(mall);
        int divertedUnits = DealerPlants.diversion(dealerRows, network, catalogue);
        Dealer stuffer = DealerPlants.stuffing(ledger.sellIn(), network);

        List<SaleRecord> overlap = tmall.stream().filter(r -> !r.soldAt().isBefore(TmallExportWriter.SECOND_EXPORT_START)
                && r.soldAt().isBefore(TmallExportWriter.FIRST_EXPORT_END)).toList();
        int spikeUnits = pos.stream().filter(r -> r.storeCode().equals(spikeStore.code())
                && r.soldAt().toLocalDate().equals(SalePlants.SPIKE_DAY)).mapToInt(SaleRecord::qty).sum();
        PlantedProblems planted = new PlantedProblems(overlap.size(),
                (int) overlap.stream().map(SaleRecord::orderId).distinct().count(),
                1, spikeStore.code(), SalePlants.SPIKE_DAY, spikeUnits,
                SalePlants.NIGHT_ORDERS, SalePlants.NIGHT_ORDERS_BY_ONE_BUYER, SalePlants.NIGHT_DAY,
                DealerPlants.diversionRows(), divertedUnits, DealerPlants.houseDealer(network, DealerPlants.DIVERSION_PROVINCE).code(),
                SalePlants.IMEI_DUPLICATES, SalePlants.IMEI_INVALID, SalePlants.IMEI_TWO_WAYBILLS,
                1, DealerPlants.STUFFING_MONTHS.size(), stuffer.code());

        List<SaleRecord> everything = new ArrayList<>();
        List.of(tmall, jd, mall, douyin, pos, dealerRows).forEach(everything::addAll);
        ExpectedTotals totals = ExpectedTotals.of(everything);

        for (String sub : List.of("online", "stores", "dealers", "master", "marketing", "plans", "stock", "profiles")) {
            Files.createDirectories(out.resolve(sub));
        }
        List<SampleFile> files = new ArrayList<>();
        files.add(TmallExportWriter.write(out, "online/tmall-orders-2024-01_2025-06.csv", tmall,
                Seasonality.FIRST_DAY.atStartOfDay(), TmallExportWriter.FIRST_EXPORT_END, geo));
        files.add(TmallExportWriter.write(out, "online/tmall-orders-2025-06-28_2025-12.csv", tmall,
                TmallExportWriter.SECOND_EXPORT_START, Seasonality.LAST_DAY.plusDays(1).atStartOfDay(), geo));
        files.add(JdWorkbookWriter.write(out, "online/jd-orders-2024-2025.xlsx", jd, geo));
        files.add(MallJsonWriter.write(out, "online/mall-orders-2024-2025.jsonl", mall, geo));
        files.add(DouyinExportWriter.write(out, "online/douyin-orders-2024-2025.tsv", douyin, geo));
        files.add(PosExportWriter.write(out, "stores/pos-sales-2024-2025.csv", pos, geo));
        files.addAll(dealerWorkbooks(out, network, dealerRows, ledger, geo));
        files.add(PlanningWriter.sellIn(out, ledger.sellIn(), geo));
        files.add(StoreStockWriter.write(out, pos, seed + 9));
        StoreStockCountWriter.Written count = StoreStockCountWriter.write(out, pos, network.stores(), seed + 15);
        files.add(count.file());
        files.add(DimensionWriter.products(out, catalogue));
        files.add(DimensionWriter.dealers(out, network.dealers(), geo));
        files.add(DimensionWriter.stores(out, network.stores(), geo));
        files.add(MarketingWriter.campaigns(out, campaigns));
        files.add(MarketingWriter.spend(out, campaigns, seed + 10));
        files.add(MarketingWriter.touchpoints(out, mall, seed + 11));
        files.add(PlanningWriter.targets(out, network.dealers(), dealerSellOut, seed + 12));
        files.add(PlanningWriter.dealerService(out, network.dealers(), seed + 13));
        MarketPlants market = MarketFiles.write(out, geo, everything, seed, files);
        FeedbackSamples.write(out, seed, tmall, jd, network, catalogue);
        ShippedProfiles.copyTo(out.resolve("profiles"));
        DealersAndChannels mix = DealersAndChannels.of(everything, dealerRows, network, PlanningWriter.plantedTargets(dealerSellOut));
        SampleSet set = new SampleSet(seed, List.copyOf(files), planted, totals, Distances.dealerReachKm(network), count.plants(), market, mix);
        ReadmeWriter.write(out, set);
        return set;
    }

    private static List<SaleRecord> online(Channel channel, double perDay, Demand demand, Geography geo,
                                           Campaigns campaigns, long seed) {
        return new ArrayList<>(new OnlineOrders(channel, perDay, demand, geo, campaigns, seed).simulate());
    }

    private static void assignImeis(List<SaleRecord> lines, Imeis imeis) {
        for (int i = 0; i < lines.size(); i++) {
            SaleRecord r = lines.get(i);
            if (r.product().hasImei()) lines.set(i, r.withImei(imeis.next(r.product())));
        }
    }

    /** One workbook per dealer; the README lists them as one row with the combined counts. */
    private static List<SampleFile> dealerWorkbooks(Path out, Network network, List<SaleRecord> rows, DealerLedger ledger,
                                                    Geography geo) throws IOException {
        Map<String, List<SaleRecord>> sales = rows.stream().collect(Collectors.groupingBy(SaleRecord::dealerCode, TreeMap::new,
                Collectors.toList()));
        Map<String, List<StockRecord>> stock = ledger.stock().stream().collect(Collectors.groupingBy(StockRecord::locationCode,
                TreeMap::new, Collectors.toList()));
        long salesRows = 0;
        long stockRows = 0;
        for (int i = 0; i < network.dealers().size(); i++) {
            Dealer d = network.dealers().get(i);
            List<SaleRecord> s = new ArrayList<>(sales.getOrDefault(d.code(), List.of()));
            s.sort(Comparator.comparing(SaleRecord::soldAt).thenComparing(SaleRecord::city)
                    .thenComparing(r -> r.product().sku()));
            List<StockRecord> k = stock.getOrDefault(d.code(), List.of());
            DealerWorkbookWriter.write(out, d, i, s, k, geo);
            salesRows += s.size();
            stockRows += k.size();
        }
        String name = "dealers/dealer-D001.xlsx … dealer-D" + String.format("%03d", network.dealers().size()) + ".xlsx";
        return List.of(
                new SampleFile(name + " sheet " + DealerWorkbookWriter.SALES_SHEET, "sales", "Dealer monthly sell-through (one workbook per dealer)",
                        "XLSX (title row)", "-", "dealer-sellthrough", salesRows),
                new SampleFile(name + " sheet " + DealerWorkbookWriter.STOCK_SHEET, "stock", "Dealer month-end warehouse stock (same workbooks)",
                        "XLSX (title row)", "-", "dealer-stock", stockRows));
    }
}
