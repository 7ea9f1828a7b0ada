package org.salestrack.validate;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.salestrack.model.SaleFact;

/**
 * One rule's look at the lines of one run. The lines stream past it once in import order ({@link #line}); a rule
 * that can judge a line only after seeing all of them (a spike day against the days around it) names the lines
 * it needs again ({@link #wanted}) and gets them in a second pass ({@link #again}), then {@link #end} reports what
 * needed everything. A scan keeps only what it must between lines, so memory does not grow with the workspace.
 */
interface LineScan {
    default void line(int i, SaleFact f) {}

    /** After the first pass: the lines to see again. */
    default Wanted wanted() { return Wanted.NONE; }

    /** The second pass: at least the wanted lines, in import order; others may come by and are to be ignored. */
    default void again(int i, SaleFact f) {}

    default void end() {}

    /** Lines by their number in import order, and whole days of stores by store code. */
    record Wanted(Set<Integer> lines, Map<String, Set<LocalDate>> storeDays) {
        static final Wanted NONE = new Wanted(Set.of(), Map.of());

        boolean isEmpty() { return lines.isEmpty() && storeDays.isEmpty(); }
    }
}
