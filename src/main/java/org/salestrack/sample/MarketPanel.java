package org.salestrack.sample;

import org.salestrack.model.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.salestrack.model.Province;
import org.salestrack.model.SaleStatus;
import org.salestrack.model.market.EventWindows;

/**
 * The market panel a research firm would sell for the sample brand: province x month x category x brand x
 * price band, units and value. Our own rows are the sample's paid sell-out (every channel, each line once);
 * the other brands' units follow the national season of the category at a province level set by our
 * baseline share there. Planted: a competitor's price cut in four provinces (its units in the cut model's
 * band rise by {@link #CUT_UPLIFT}) and the 2025 trade-in subsidy (the other brands' units in the bands
 * under ¥6,000 rise by {@link #SUBSIDY_UPLIFT} while it runs). Draws from its own Random, so the other
 * sample files do not move.
 */
final class MarketPanel {
    static final String OWN_BRAND = "星河";
    static final List<String> COMPETITORS = List.of("衡山", "青鸟", "远峰", "云帆", "其他");
    static final List<String> CATEGORIES = List.of(Catalogue.PHONE, Catalogue.TABLET);
    static final List<String> BANDS = List.of("0-2999", "3000-5999", "6000+");
    /** Tablets are sold without a price-band breakdown. */
    static final String ALL_BANDS = "全部";
    static final YearMonth FIRST = YearMonth.of(2024, 1);
    static final YearMonth LAST = YearMonth.of(2025, 12);

    static final String CUT_BRAND = "衡山";
    static final String CUT_MODEL = "衡山 M60";
    static final LocalDate CUT_DAY = LocalDate.of(2025, 6, 12);
    static final List<String> CUT_PROVINCES = List.of("44", "45", "35", "46");
    static final int CUT_BAND = 1;
    static final double CUT_UPLIFT = 1.5;

    static final String SUBSIDY = "2025年手机以旧换新购新补贴";
    static final LocalDate SUBSIDY_FROM = LocalDate.of(2025, 1, 20);
    static final LocalDate SUBSIDY_TO = LocalDate.of(2025, 12, 31);
    static final long SUBSIDY_MAX_PRICE_YUAN = 6000;
    static final double SUBSIDY_UPLIFT = 0.15;

    private static final double[] BRAND_WEIGHT = {0.28, 0.24, 0.20, 0.14, 0.14};
    private static final double[][] PHONE_MIX = {
            {0.30, 0.45, 0.25}, {0.45, 0.40, 0.15}, {0.55, 0.35, 0.10}, {0.35, 0.40, 0.25}, {0.75, 0.20, 0.05}};
    private static final long[] PHONE_PRICE_YUAN = {1800, 4200, 7600};
    private static final long TABLET_PRICE_YUAN = 2900;

    /** One written row; {@code cfUnits} is what the row would hold without the price cut. */
    record Row(YearMonth month, String province, int category, String brand, int band, long units, long valueE4, long cfUnits) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<String> provinces = new ArrayList<>();
    private long ownUnits;

    static MarketPanel build(Geography geo, Collection<SaleRecord> sales, long seed) {
        MarketPanel panel = new MarketPanel();
        panel.generate(geo, sales, new Random(seed + 20_000));
        return panel;
    }

    List<Row> rows() { return rows; }

    static String bandLabel(Row r) { return r.category() == 0 ? BANDS.get(r.band()) : ALL_BANDS; }

    List<String> provinces() { return provinces; }

    long ownUnits() { return ownUnits; }

    private void generate(Geography geo, Collection<SaleRecord> sales, Random random) {
        for (Province p : geo.provinces()) {
            if (!List.of("71", "81", "82").contains(p.code())) provinces.add(p.code());
        }
        int months = (int) (LAST.getYear() * 12L + LAST.getMonthValue() - FIRST.getYear() * 12L - FIRST.getMonthValue()) + 1;
        int np = provinces.size();
        long[][][][] ownQty = new long[np][months][CATEGORIES.size()][BANDS.size()];
        long[][][][] ownE4 = new long[np][months][CATEGORIES.size()][BANDS.size()];
        Map<String, Integer> provinceIndex = new LinkedHashMap<>();
        for (int i = 0; i < np; i++) provinceIndex.put(provinces.get(i), i);
        for (SaleRecord r : sales) {
            if (r.status() != SaleStatus.PAID) continue;
            Integer p = provinceIndex.get(r.provinceCode());
            int c = CATEGORIES.indexOf(r.product().category());
            int m = monthIndex(r.month());
            if (p == null || c < 0 || m < 0 || m >= months) continue;
            int b = c == 0 ? band(r.product().listPriceE4()) : 0;
            ownQty[p][m][c][b] += r.qty();
            ownE4[p][m][c][b] += r.amountE4();
            ownUnits += r.qty();
        }
        double[][] national = new double[months][CATEGORIES.size()];
        for (int c = 0; c < CATEGORIES.size(); c++) {
            double total = 0;
            for (int m = 0; m < months; m++) {
                for (int p = 0; p < np; p++) national[m][c] += sum(ownQty[p][m][c]);
                total += national[m][c];
            }
            for (int m = 0; m < months; m++) national[m][c] = national[m][c] * months / total;
        }
        for (int p = 0; p < np; p++) {
            double[] weights = brandWeights(random);
            for (int c = 0; c < CATEGORIES.size(); c++) {
                double share = c == 0 ? 0.10 + 0.12 * random.nextDouble() : 0.06 + 0.08 * random.nextDouble();
                double mean = 0;
                for (int m = 0; m < months; m++) mean += sum(ownQty[p][m][c]);
                mean = Math.max(mean / months, 1.0);
                double level = mean * (1 - share) / share;
                for (int m = 0; m < months; m++) {
                    YearMonth month = FIRST.plusMonths(m);
                    for (int b = 0; b < (c == 0 ? BANDS.size() : 1); b++) {
                        if (ownQty[p][m][c][b] > 0) {
                            rows.add(new Row(month, provinces.get(p), c, OWN_BRAND, b, ownQty[p][m][c][b], ownE4[p][m][c][b],
                                    ownQty[p][m][c][b]));
                        }
                        for (int k = 0; k < COMPETITORS.size(); k++) {
                            double mix = c == 0 ? PHONE_MIX[k][b] : 1.0;
                            double base = level * national[m][c] * weights[k] * mix * Math.exp(0.06 * random.nextGaussian());
                            if (c == 0 && b < 2) base *= 1 + SUBSIDY_UPLIFT * covered(month, SUBSIDY_FROM, SUBSIDY_TO);
                            double units = base;
                            if (c == 0 && b == CUT_BAND && k == 0 && CUT_PROVINCES.contains(provinces.get(p))) {
                                units *= 1 + CUT_UPLIFT * covered(month, CUT_DAY, LAST.atEndOfMonth());
                            }
                            long u = Math.round(units);
                            if (u == 0) continue;
                            double price = (c == 0 ? PHONE_PRICE_YUAN[b] : TABLET_PRICE_YUAN) * (0.9 + 0.05 * k)
                                    * Math.exp(0.02 * random.nextGaussian());
                            rows.add(new Row(month, provinces.get(p), c, COMPETITORS.get(k), b, u, Money.e4OfWholeYuan(Math.round(price) * u),
                                    Math.round(base)));
                        }
                    }
                }
            }
        }
    }

    /**
     * The price cut's true effect on our phone unit share in the cut provinces, in percentage points: the
     * share with the cut minus the share without it over the months after the cut's month, averaged over
     * the provinces weighted by their phone market units in the months before (the estimator's windows).
     */
    double cutShareEffectPp() {
        EventWindows w = EventWindows.around(CUT_DAY, EventWindows.DEFAULT_MONTHS);
        double weighted = 0;
        double weights = 0;
        for (String province : CUT_PROVINCES) {
            long own = 0;
            long market = 0;
            long cf = 0;
            long before = 0;
            for (Row r : rows) {
                if (!r.province().equals(province) || r.category() != 0) continue;
                if (w.before().contains(r.month())) before += r.units();
                if (!w.after().contains(r.month())) continue;
                market += r.units();
                cf += r.cfUnits();
                if (r.brand().equals(OWN_BRAND)) own += r.units();
            }
            double effect = (double) own / market - (double) own / cf;
            weighted += before * effect;
            weights += before;
        }
        return 100 * weighted / weights;
    }

    static int band(long listPriceE4) {
        if (listPriceE4 < Money.e4OfWholeYuan(3_000)) return 0;
        return listPriceE4 < Money.e4OfWholeYuan(6_000) ? 1 : 2;
    }

    private static int monthIndex(YearMonth m) {
        return (m.getYear() - FIRST.getYear()) * 12 + m.getMonthValue() - FIRST.getMonthValue();
    }

    /** The share of a month's days that fall inside [from, to]. */
    private static double covered(YearMonth month, LocalDate from, LocalDate to) {
        LocalDate a = month.atDay(1).isBefore(from) ? from : month.atDay(1);
        LocalDate b = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
        if (b.isBefore(a)) return 0;
        return (b.toEpochDay() - a.toEpochDay() + 1) / (double) month.lengthOfMonth();
    }

    private static double[] brandWeights(Random random) {
        double[] w = new double[BRAND_WEIGHT.length];
        double total = 0;
        for (int k = 0; k < w.length; k++) {
            w[k] = BRAND_WEIGHT[k] * Math.exp(0.25 * random.nextGaussian());
            total += w[k];
        }
        for (int k = 0; k < w.length; k++) w[k] /= total;
        return w;
    }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) s += v;
        return s;
    }
}
