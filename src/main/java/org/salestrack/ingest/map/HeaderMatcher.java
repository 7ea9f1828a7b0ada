package org.salestrack.ingest.map;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.salestrack.ingest.profile.MappingProfile;

/** Decides whether a row is a profile's header: every column of a required field must be there. */
public final class HeaderMatcher {
    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");

    private HeaderMatcher() {}

    /** Header text compared without case, spaces, BOMs or decorations like "*" and "(必填)". */
    public static String normalise(String header) {
        if (header == null) return "";
        return SPACES.matcher(header.replace("\uFEFF", "")).replaceAll("").replace("*", "")
                .replace("(必填)", "").replace("（必填）", "").toLowerCase(Locale.ROOT);
    }

    /** A row's cells as {@link #score} compares them: normalised, blanks left out. */
    public static Set<String> cells(List<String> row) {
        Set<String> cells = new HashSet<>();
        for (String c : row) {
            String n = normalise(c);
            if (!n.isEmpty()) cells.add(n);
        }
        return cells;
    }

    /**
     * How well a row, as {@link #cells} gives it, matches a profile: -1 when a required field's column is
     * missing, else the number of mapped columns found (more is a closer match).
     */
    public static int score(MappingProfile profile, Set<String> cells) {
        if (cells.size() < 2) return -1;
        int found = 0;
        for (var e : profile.fields().entrySet()) {
            if (e.getValue().isConstant()) continue;
            boolean present = cells.contains(normalise(e.getValue().column()));
            if (present) {
                found++;
            } else if (isRequired(profile, e.getKey())) {
                return -1;
            }
        }
        if (found == 0) return -1;
        return found;
    }

    private static boolean isRequired(MappingProfile p, String field) {
        if (p.kind().required().contains(field)) return true;
        if (p.kind() == org.salestrack.model.RecordKind.SALES && (field.equals("amount") || field.equals("unit_price"))) {
            // one of the two suffices
            return !(p.maps("amount") && p.maps("unit_price"));
        }
        return false;
    }
}
