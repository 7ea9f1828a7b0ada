package org.salestrack.analytics.inventory;

import java.util.Map;
import java.util.Set;
import org.salestrack.model.Dimension;
import org.salestrack.model.Province;
import org.salestrack.model.Provinces;
import org.salestrack.model.cube.Slice;

/**
 * The workbench's geography and product filters applied to inventory rows, which carry a province code
 * and a SKU. Dates and the other dimensions do not cut stock. A filter on a region keeps its provinces.
 */
public final class InventoryFilter {
    /** A SKU's place in the product hierarchy, by the keys the filters use (product id, model, series, category). */
    public record SkuKeys(String id, String model, String series, String category) {}

    private final Slice slice;
    private final Map<String, SkuKeys> skus;

    public InventoryFilter(Slice slice, Map<String, SkuKeys> skus) {
        this.slice = slice;
        this.skus = skus;
    }

    public static InventoryFilter none() { return new InventoryFilter(null, Map.of()); }

    public boolean keepsSku(String sku) {
        if (slice == null) return true;
        SkuKeys k = skus.get(sku);
        if (k == null) return !filters(Dimension.SKU) && !filters(Dimension.MODEL) && !filters(Dimension.SERIES) && !filters(Dimension.CATEGORY);
        return keeps(Dimension.SKU, k.id()) && keeps(Dimension.MODEL, k.model()) && keeps(Dimension.SERIES, k.series())
                && keeps(Dimension.CATEGORY, k.category());
    }

    public boolean keepsProvince(String code) {
        if (slice == null) return true;
        String region = Provinces.get().byCode(code).map(Province::salesRegion).orElse("");
        return keeps(Dimension.PROVINCE, code) && keeps(Dimension.REGION, region);
    }

    /** A sales region is kept when the region filter keeps it and, under a province filter, one of its provinces is kept. */
    public boolean keepsRegion(String region) {
        if (slice == null) return true;
        if (!keeps(Dimension.REGION, region)) return false;
        if (!filters(Dimension.PROVINCE)) return true;
        return Provinces.get().all().stream().anyMatch(p -> p.salesRegion().equals(region) && keeps(Dimension.PROVINCE, p.code()));
    }

    private boolean filters(Dimension d) {
        return !slice.members().getOrDefault(d, Set.of()).isEmpty() || !slice.excluded().getOrDefault(d, Set.of()).isEmpty();
    }

    private boolean keeps(Dimension d, String key) {
        Set<String> in = slice.members().getOrDefault(d, Set.of());
        Set<String> out = slice.excluded().getOrDefault(d, Set.of());
        return (in.isEmpty() || in.contains(key)) && !out.contains(key);
    }
}
