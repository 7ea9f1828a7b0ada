package org.salestrack.model.cube;

import java.util.List;

/**
 * One aggregated group: the keys and labels of the grouped dimensions (in the order asked), the period
 * when grouped by time (else null), and the measures.
 */
public record Cell(List<String> keys, List<String> labels, String period, Measures measures) {
    public String key() { return keys.isEmpty() ? "" : keys.get(keys.size() - 1); }

    public String label() { return labels.isEmpty() ? "" : labels.get(labels.size() - 1); }
}
