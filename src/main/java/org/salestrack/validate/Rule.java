package org.salestrack.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.salestrack.model.RuleHit;
import org.salestrack.model.Severity;

/**
 * One data-quality rule. Rules are pure: they read the input and return hits, in the input's order, so the
 * same input always gives the same hits. {@code severity} is the configured severity; a rule may lower or
 * raise it for a particular hit when its definition says so (a campaign day, a burst), and says why.
 * A rule is written as a {@link LineScan}, so the same code judges a list in memory and the lines of a
 * 10M-line workspace streamed from the store.
 */
public interface Rule {
    /** The id of the CLI contract, e.g. "imei-invalid". */
    String id();

    Severity defaultSeverity();

    /** One sentence on what the rule finds, for the rules screen and the README. */
    String description();

    List<RuleParameter> parameters();

    /** This rule's scan of one run; its hits go to {@code out} in input order. */
    LineScan scan(ScanContext context, RuleParameters params, Severity severity, Consumer<RuleHit> out);

    /**
     * Whether a finding on one line depends on every store's whole history (a model fit to all store-days, a
     * decomposition of a store's every day), so that a check of new batches alone cannot give it; such rules run
     * when the whole workspace is validated, not in the check after an import (ValidationService.checkNew).
     */
    default boolean judgesWholeHistory() { return false; }

    /** The rule over lines held in memory. */
    default List<RuleHit> check(ValidationInput input, RuleParameters params, Severity severity) {
        List<RuleHit> hits = new ArrayList<>();
        input.drive(List.of(scan(input, params, severity, hits::add)));
        return hits;
    }
}
