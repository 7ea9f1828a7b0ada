package org.salestrack.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.salestrack.model.County;
import org.salestrack.model.Province;

/**
 * The offline network: 60 dealers (one T1 or T2 house dealer per mainland province, T3 city dealers
 * where demand is largest) and 300 stores spread by province weight.
 */
public final class Network {
    static final int DEALERS = 60;
    static final int STORES = 300;
    private static final List<String> T1_PROVINCES = List.of("44", "32", "33", "37", "51", "41");
    private static final List<String> NO_DEALERS = List.of("71", "81", "82");
    private static final String[] TRADE_NAMES = {"恒信", "联达", "鑫源", "华瑞", "金鹏", "迅捷", "鼎盛", "宏图", "嘉禾",
        "汇通", "瑞丰", "德润", "远航", "信达", "众诚", "启明", "百川", "华美", "协和", "嘉诚", "永盛", "天成", "明达",
        "和泰", "润通", "博远", "盛世", "安泰", "广联", "东升"};
    private static final String[] STREETS = {"中山路", "人民路", "解放路", "建设路", "新华路", "朝阳路", "和平路",
        "文化路", "青年路", "胜利路", "长江路", "滨江路", "南京路", "五一路", "北京路"};

    private final List<Dealer> dealers;
    private final List<Store> stores;
    private final Map<String, Dealer> dealerByCode;

    private Network(List<Dealer> dealers, List<Store> stores) {
        this.dealers = List.copyOf(dealers);
        this.stores = List.copyOf(stores);
        this.dealerByCode = dealers.stream().collect(Collectors.toMap(Dealer::code, Function.identity()));
    }

    public List<Dealer> dealers() { return dealers; }

    public List<Store> stores() { return stores; }

    public Dealer dealer(String code) { return dealerByCode.get(code); }

    /**
     * @param counties draws each store's county among its city's (a stream of its own, so the network is the one
     *                 drawn before stores had counties)
     */
    public static Network build(Geography geo, SplittableRandom rng, SplittableRandom counties) {
        List<Dealer> dealers = buildDealers(geo, rng).stream().map(d -> GradePlants.of(d.code())
                .map(p -> new Dealer(d.code(), d.name(), d.tier(), p.grade(), d.provinceCode(), d.seat(), d.lat(), d.lon(), d.cities(), d.size()))
                .orElse(d)).toList();
        List<Store> stores = new ArrayList<>();
        for (Store s : buildStores(geo, dealers, rng)) {
            List<County> of = geo.counties(s.city());
            stores.add(s.withCounty(of.isEmpty() ? null : of.get(counties.nextInt(of.size()))));
        }
        return new Network(dealers, stores);
    }

    private static List<Dealer> buildDealers(Geography geo, SplittableRandom rng) {
        List<Province> mainland = geo.provinces().stream().filter(p -> !NO_DEALERS.contains(p.code())).toList();
        List<Dealer> out = new ArrayList<>();
        double meanWeight = mainland.stream().mapToDouble(p -> geo.weight(p.code())).average().orElseThrow();
        for (Province p : mainland) {
            boolean t1 = T1_PROVINCES.contains(p.code());
            List<City> cities = geo.cities(p.code());
            // a house dealer's business grows with its province, less than proportionally
            double size = (t1 ? 3.0 : 1.6) * Math.sqrt(geo.weight(p.code()) / meanWeight);
            out.add(dealer(out.size(), t1 ? "T1" : "T2", t1 ? "A" : (rng.nextDouble() < 0.5 ? "A" : "B"),
                    p, cities.get(0), cities, size, rng));
        }
        Map<String, Integer> extra = Apportion.largestRemainder(
                mainland.stream().collect(Collectors.toMap(Province::code, p -> geo.weight(p.code()),
                        (a, b) -> a, LinkedHashMap::new)), DEALERS - out.size(), 0);
        for (Province p : mainland) {
            List<City> cities = geo.cities(p.code());
            for (int i = 0; i < extra.get(p.code()); i++) {
                City seat = cities.get((i + 1) % cities.size());
                out.add(dealer(out.size(), "T3", rng.nextDouble() < 0.5 ? "B" : "C", p, seat, List.of(seat), 0.7, rng));
            }
        }
        return out;
    }

    private static Dealer dealer(int index, String tier, String grade, Province p, City seat, List<City> cities,
                                 double size, SplittableRandom rng) {
        String code = String.format("D%03d", index + 1);
        String suffix = tier.equals("T3") ? "通讯器材有限公司" : "数码科技有限公司";
        String name = seat.name() + TRADE_NAMES[index % TRADE_NAMES.length] + suffix;
        return new Dealer(code, name, tier, grade, p.code(), seat, jitter(seat.lat(), rng, 0.05),
                jitter(seat.lon(), rng, 0.05), List.copyOf(cities), size * (0.8 + 0.4 * rng.nextDouble()));
    }

    private static List<Store> buildStores(Geography geo, List<Dealer> dealers, SplittableRandom rng) {
        Map<String, Double> weights = new LinkedHashMap<>();
        geo.provinces().forEach(p -> weights.put(p.code(), geo.weight(p.code())));
        Map<String, Integer> counts = Apportion.largestRemainder(weights, STORES, 1);
        List<Store> out = new ArrayList<>();
        for (Province p : geo.provinces()) {
            for (int i = 0; i < counts.get(p.code()); i++) {
                City city = geo.pickCity(p.code(), rng);
                double u = rng.nextDouble();
                Channel channel = NO_DEALERS.contains(p.code()) || u < 0.12 ? Channel.DIRECT
                        : u < 0.32 ? Channel.CARRIER : Channel.AUTHORISED;
                String dealer = channel == Channel.DIRECT ? null : supplier(dealers, city, channel, rng);
                double size = switch (channel) {
                    case DIRECT -> 2.5 + 1.5 * rng.nextDouble();
                    case CARRIER -> 0.5 + 0.7 * rng.nextDouble();
                    default -> 0.6 + rng.nextDouble();
                };
                String code = String.format("S%03d", out.size() + 1);
                String name = city.name() + STREETS[rng.nextInt(STREETS.length)] + switch (channel) {
                    case DIRECT -> "星河直营店";
                    case CARRIER -> "移动营业厅";
                    default -> "星河授权体验店";
                };
                out.add(new Store(code, name, channel, dealer, city, jitter(city.lat(), rng, 0.08),
                        jitter(city.lon(), rng, 0.08), size, null));
            }
        }
        return out;
    }

    /** Authorised stores belong to the city's T3 dealer when there is one; carrier shops to the house dealer. */
    private static String supplier(List<Dealer> dealers, City city, Channel channel, SplittableRandom rng) {
        List<Dealer> local = dealers.stream().filter(d -> d.provinceCode().equals(city.provinceCode())).toList();
        List<Dealer> cityDealers = local.stream().filter(d -> d.tier().equals("T3") && d.seat().equals(city)).toList();
        if (channel == Channel.AUTHORISED && !cityDealers.isEmpty() && rng.nextDouble() < 0.7) {
            String code = cityDealers.get(rng.nextInt(cityDealers.size())).code();
            // a dealer planted with a known grade supplies no store (its figures are only what is planted): the store goes
            // to the nearest other dealer of the province, so the house dealers keep the stores (and service tickets) they had
            if (!GradePlants.planted(code)) return code;
            return local.stream().filter(d -> !GradePlants.planted(d.code()))
                    .min(Comparator.comparingDouble((Dealer d) -> Math.hypot(d.seat().lat() - city.lat(), d.seat().lon() - city.lon()))
                            .thenComparing(Dealer::code)).orElseThrow().code();
        }
        return local.stream().min(Comparator.comparing(Dealer::tier)).orElseThrow().code();
    }

    private static double jitter(double v, SplittableRandom rng, double span) {
        return Math.round((v + (rng.nextDouble() - 0.5) * 2 * span) * 10000) / 10000.0;
    }
}
