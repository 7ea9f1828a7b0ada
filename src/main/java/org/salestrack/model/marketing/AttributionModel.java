package org.salestrack.model.marketing;

import java.util.Arrays;
import java.util.Locale;

/** The attribution models by their command-line id. */
public enum AttributionModel {
    FIRST("first"), LAST("last"), LINEAR("linear"), TIME_DECAY("time-decay"), POSITION("position"),
    MARKOV("markov"), SHAPLEY("shapley");

    private final String id;

    AttributionModel(String id) { this.id = id; }

    public String id() { return id; }

    public static AttributionModel byId(String id) {
        String key = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.id.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown attribution model '" + id + "'; expected one of "
                        + Arrays.stream(values()).map(AttributionModel::id).toList() + " or all"));
    }
}
