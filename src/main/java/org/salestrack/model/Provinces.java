package org.salestrack.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The 34 provincial-level divisions of China, read once from reference/provinces.csv, and the
 * normaliser that maps every common spelling (粤, 广东, 广东省, Guangdong, GD, 440000) to the GB/T 2260 code.
 */
public final class Provinces {
    private static final Provinces INSTANCE = load();

    private final Map<String, Province> byCode;
    private final Map<String, String> codeBySpelling;
    private final Map<String, Optional<String>> seen = new java.util.concurrent.ConcurrentHashMap<>();

    private Provinces(Map<String, Province> byCode, Map<String, String> codeBySpelling) {
        this.byCode = byCode;
        this.codeBySpelling = codeBySpelling;
    }

    public static Provinces get() { return INSTANCE; }

    public List<Province> all() { return List.copyOf(byCode.values()); }

    public Optional<Province> byCode(String code) { return Optional.ofNullable(byCode.get(code)); }

    /** The province's name in the reader's language (广东 / Guangdong), or {@code fallback} for a code that is none. */
    public String name(String code, boolean chinese, String fallback) {
        Province p = byCode.get(code);
        return p == null ? fallback : chinese ? p.nameZh() : p.nameEn();
    }

    /** The seven sales regions of reference/provinces.csv, in English. */
    private static final Map<String, String> REGIONS_EN = Map.of("华北", "North China", "东北", "Northeast", "华东", "East China",
            "华中", "Central China", "华南", "South China", "西南", "Southwest", "西北", "Northwest");

    /** A sales region's English name (华南 -> South China), or empty for a name that is not one of the seven. */
    public static Optional<String> regionNameEn(String region) { return Optional.ofNullable(region == null ? null : REGIONS_EN.get(region)); }

    /** The GB/T 2260 code for any common spelling, or empty when the text names no Chinese province. */
    public Optional<String> normalise(String text) {
        if (text == null) return Optional.empty();
        // a file repeats a few dozen spellings a million times: remember each answer
        Optional<String> known = seen.get(text);
        if (known != null) return known;
        Optional<String> code = lookup(text);
        if (seen.size() < 10_000) seen.put(text, code);
        return code;
    }

    private Optional<String> lookup(String text) {
        String key = key(text);
        if (key.isEmpty()) return Optional.empty();
        String code = codeBySpelling.get(key);
        if (code == null && key.matches("\\d{6}") && key.endsWith("0000")) code = codeBySpelling.get(key.substring(0, 2));
        return Optional.ofNullable(code);
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\u3000_.-]+", "");
    }

    private static Provinces load() {
        Map<String, Province> byCode = new LinkedHashMap<>();
        Map<String, String> spellings = new HashMap<>();
        try (InputStream in = Provinces.class.getResourceAsStream("/reference/provinces.csv")) {
            if (in == null) throw new IllegalStateException("reference/provinces.csv missing from the classpath");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) continue;
                String[] c = line.split(",", -1);
                List<String> aliases = c[5].isEmpty() ? List.of() : Arrays.asList(c[5].split("\\|"));
                Province p = new Province(c[0], c[1], c[2], c[3], c[4], Collections.unmodifiableList(aliases), c[6],
                        Integer.parseInt(c[7]), Integer.parseInt(c[8]), Double.parseDouble(c[9]), Double.parseDouble(c[10]));
                byCode.put(p.code(), p);
                List<String> names = new ArrayList<>(List.of(p.code(), p.code() + "0000", p.nameZh(), p.fullNameZh(),
                        p.abbr(), p.nameEn(), p.nameEn() + " province", p.nameZh() + "省", p.nameZh() + "市"));
                names.addAll(aliases);
                for (String n : names) spellings.putIfAbsent(key(n), p.code());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Provinces(Collections.unmodifiableMap(byCode), Collections.unmodifiableMap(spellings));
    }
}
