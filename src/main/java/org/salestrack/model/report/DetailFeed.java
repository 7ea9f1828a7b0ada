package org.salestrack.model.report;

import java.util.function.Consumer;

/**
 * The detail lines of a report, read when the detail sheet is written rather than held in memory, so a
 * million-line period costs one pass and a constant heap.
 */
public interface DetailFeed {
    /** How many lines {@link #forEach} will deliver; used for progress. */
    long count();

    void forEach(Consumer<DetailLine> sink);

    static DetailFeed of(java.util.List<DetailLine> lines) {
        return new DetailFeed() {
            @Override
            public long count() { return lines.size(); }

            @Override
            public void forEach(Consumer<DetailLine> sink) { lines.forEach(sink); }
        };
    }
}
