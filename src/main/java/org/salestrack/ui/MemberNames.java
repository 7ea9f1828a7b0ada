package org.salestrack.ui;

import org.salestrack.model.Dimension;
import org.salestrack.model.Province;
import org.salestrack.model.Provinces;

/**
 * What a member is called on screen: regions and provinces in the reader's language (the tile map says
 * Guangdong, so the breadcrumb, the tables and the pickers say it too), channels through {@link DataTerms}; every other member as its
 * source named it, since store and product names have no translation. An empty name shows as "–".
 */
public final class MemberNames {
    private MemberNames() {}

    public static String of(Dimension dim, String key, String label, I18n i18n) {
        return of(dim, key, label, i18n.chinese());
    }

    public static String of(Dimension dim, String key, String label, boolean chinese) {
        String shown = label == null || label.isEmpty() ? "–" : label;
        if (chinese || key == null || dim == null) return shown;
        return switch (dim) {
            case PROVINCE -> Provinces.get().byCode(key).map(Province::nameEn).orElse(shown);
            case REGION -> Provinces.regionNameEn(key).orElse(shown);
            // generic channel types (直营店, 经销商分销) are vocabulary with an English name; platform brands keep theirs
            case CHANNEL -> DataTerms.english(shown).orElse(shown);
            default -> shown;
        };
    }
}
