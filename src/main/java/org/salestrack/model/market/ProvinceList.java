package org.salestrack.model.market;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.salestrack.model.Province;
import org.salestrack.model.Provinces;

/**
 * Where an event or a policy applies, as files write it: provinces in any spelling separated by
 * {@code ; , 、 /} or spaces, a sales region (华南 covers its provinces), or nothing / 全国 / national
 * for the whole country. Kept in the workspace as GB/T 2260 codes joined by {@code ;}.
 */
public final class ProvinceList {
    private static final Set<String> NATIONWIDE = Set.of("", "全国", "national", "nationwide", "china", "中国", "all");

    private ProvinceList() {}

    /** The province codes the text names (empty: nationwide); a part naming no province or region is an error. */
    public static List<String> parse(String text) {
        if (text == null || NATIONWIDE.contains(text.trim().toLowerCase(Locale.ROOT))) return List.of();
        Set<String> codes = new LinkedHashSet<>();
        for (String part : text.split("[;,，、/；\\s]+")) {
            if (part.isBlank()) continue;
            Optional<String> code = Provinces.get().normalise(part);
            if (code.isPresent()) {
                codes.add(code.get());
                continue;
            }
            List<String> region = Provinces.get().all().stream().filter(p -> p.salesRegion().equals(part.trim()))
                    .map(Province::code).toList();
            if (region.isEmpty()) throw new IllegalArgumentException("'" + part + "' names no province or sales region");
            codes.addAll(region);
        }
        return new ArrayList<>(codes);
    }

    /** The stored form: codes joined by ';' (empty text for nationwide). */
    public static String join(List<String> codes) { return String.join(";", codes); }

    /** The stored form read back. */
    public static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split(";"));
    }
}
