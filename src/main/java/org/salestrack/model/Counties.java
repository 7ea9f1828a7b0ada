package org.salestrack.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The county-level divisions (区/县) of mainland China under their cities and provinces, read once from
 * reference/counties.csv (GB/T 2260 codes of 2023, vendored from modood/Administrative-divisions-of-China).
 * Taiwan, Hong Kong and Macao have none here. A municipality's districts sit under pseudo-cities (市辖区, 县):
 * the city a source writes for them is the municipality itself (北京), so its counties are the province's.
 */
public final class Counties {
    private static final Counties INSTANCE = load();

    private final Map<String, County> byCode;
    private final Map<String, List<County>> byProvince;

    private Counties(Map<String, County> byCode, Map<String, List<County>> byProvince) {
        this.byCode = byCode;
        this.byProvince = byProvince;
    }

    public static Counties get() { return INSTANCE; }

    public Optional<County> byCode(String code) { return Optional.ofNullable(code == null ? null : byCode.get(code)); }

    /** The counties of a province (GB/T 2260 province code), in code order; empty for a province without any here. */
    public List<County> ofProvince(String province) { return byProvince.getOrDefault(province, List.of()); }

    /**
     * The counties of a city of the province, the city as sources write it (石家庄 or 石家庄市, 大理 for 大理白族自治州);
     * for a municipality's own name (北京, 重庆) all of the province's. Empty when the city is not known.
     */
    public List<County> ofCity(String province, String city) {
        if (city == null || city.isBlank()) return List.of();
        String c = Cities.canonical(city);
        List<County> all = ofProvince(province);
        List<County> exact = all.stream().filter(k -> Cities.canonical(k.city()).equals(c)).toList();
        if (!exact.isEmpty()) return exact;
        List<County> prefix = all.stream().filter(k -> k.city().startsWith(c)).toList();
        if (!prefix.isEmpty()) return prefix;
        boolean municipality = !all.isEmpty() && all.stream().allMatch(k -> k.city().equals("市辖区") || k.city().equals("县"));
        return municipality && Provinces.get().byCode(province).map(p -> p.nameZh().equals(c)).orElse(false) ? all : List.of();
    }

    /**
     * The code of the county a source names (its 6-digit code, or its name: 天河区), in the province and, where the
     * name repeats within the province (城区, 郊区), the city; empty when it names none of them.
     */
    public Optional<String> resolve(String provinceText, String city, String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String t = text.strip();
        String province = provinceText == null || Provinces.get().byCode(provinceText).isPresent() ? provinceText
                : Provinces.get().normalise(provinceText).orElse(provinceText);
        County byNumber = byCode.get(t);
        if (byNumber != null) return province == null || byNumber.province().equals(province) ? Optional.of(t) : Optional.empty();
        List<County> named = ofProvince(province).stream().filter(k -> k.name().equals(t)).toList();
        if (named.size() > 1) named = named.stream().filter(k -> ofCity(province, city).contains(k)).toList();
        return named.size() == 1 ? Optional.of(named.get(0).code()) : Optional.empty();
    }

    private static Counties load() {
        Map<String, County> byCode = new LinkedHashMap<>();
        Map<String, List<County>> byProvince = new HashMap<>();
        try (InputStream in = Counties.class.getResourceAsStream("/reference/counties.csv")) {
            if (in == null) throw new IllegalStateException("reference/counties.csv missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split(",", -1);
                County k = new County(c[0], c[1], c[2], c[3], c[4]);
                byCode.put(k.code(), k);
                byProvince.computeIfAbsent(k.province(), p -> new ArrayList<>()).add(k);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byProvince.replaceAll((p, list) -> List.copyOf(list));
        return new Counties(Map.copyOf(byCode), Map.copyOf(byProvince));
    }
}
