package org.salestrack.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Streams a benchmark-sized POS export (same shape and profile as stores/pos-sales-2024-2025.csv) of
 * any number of lines, spread over 2024-2025 in proportion to the seasonal demand. Clean data: valid
 * unique IMEIs, no planted problems. Nothing is held in memory but one line.
 */
public final class LargeSalesWriter {
    public static final long DEFAULT_LINES = 1_050_000;

    private LargeSalesWriter() {}

    public static SampleFile write(Path file, long lines, long seed) throws IOException {
        Catalogue catalogue = Catalogue.standard();
        Geography geo = Geography.load();
        Network network = Network.build(geo, new SplittableRandom(seed), new SplittableRandom(seed + 21));
        Demand demand = new Demand(catalogue);
        SplittableRandom rng = new SplittableRandom(seed + 100);
        WeightedPicker<Store> stores = new WeightedPicker<>(network.stores(), Store::size);
        int days = (int) (Seasonality.LAST_DAY.toEpochDay() - Seasonality.FIRST_DAY.toEpochDay() + 1);
        double[] weight = new double[days];
        double sum = 0;
        for (int d = 0; d < days; d++) sum += weight[d] = Seasonality.factor(Channel.AUTHORISED, Seasonality.FIRST_DAY.plusDays(d));
        long serial = 0;
        long written = 0;
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream raw = Files.newOutputStream(file);
             BufferedWriter out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 20)) {
            raw.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.write(String.join(",", PosExportWriter.HEADER));
            out.write("\r\n");
            StringBuilder b = new StringBuilder(160);
            for (int d = 0; d < days && written < lines; d++) {
                LocalDate day = Seasonality.FIRST_DAY.plusDays(d);
                long today = d == days - 1 ? lines - written : Math.round(lines * weight[d] / sum);
                String date = day.getYear() + "/" + day.getMonthValue() + "/" + day.getDayOfMonth() + " ";
                for (long i = 0; i < today && written < lines; i++, written++) {
                    Store s = stores.pick(rng);
                    Product p = demand.mix(s.channel(), day).pick(rng);
                    int qty = p.hasImei() ? 1 : Demand.quantity(p, rng);
                    long unit = Demand.unitPriceE4(p, day, null, rng, false);
                    b.setLength(0);
                    b.append(s.code()).append(',').append(s.channel().id()).append(',')
                            .append(geo.province(s.provinceCode()).abbr()).append(",").append(s.code()).append('-')
                            .append(day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth()).append('-')
                            .append(i).append(",1,").append(date).append(10 + rng.nextInt(12)).append(':')
                            .append(String.format("%02d", rng.nextInt(60))).append(',').append(p.sku()).append(',')
                            .append(qty).append(',').append(Formats.plain(unit)).append(',')
                            .append(Formats.plain(unit * qty)).append(',');
                    if (p.hasImei()) b.append(imei(serial++));
                    b.append(",,\r\n");
                    out.append(b);
                }
            }
        }
        return new SampleFile(file.getFileName().toString(), "sales", "Store POS (benchmark size)", "CSV", "UTF-8 with BOM",
                "pos-sales", written);
    }

    /** The master data (same seed, so the same stores) and the profiles the large file needs to import. */
    public static void writeSupport(Path dir, long seed) throws IOException {
        Geography geo = Geography.load();
        Network network = Network.build(geo, new SplittableRandom(seed), new SplittableRandom(seed + 21));
        Files.createDirectories(dir.resolve("master"));
        DimensionWriter.products(dir, Catalogue.standard());
        DimensionWriter.dealers(dir, network.dealers(), geo);
        DimensionWriter.stores(dir, network.stores(), geo);
        ShippedProfiles.copyTo(dir.resolve("profiles"));
    }

    /** A valid IMEI from a running number: a generic "35" TAC prefix, 12 digits of serial, the Luhn digit. */
    static String imei(long serial) {
        String body = "35" + String.format("%012d", serial);
        return body + Imeis.checkDigit(body);
    }
}
