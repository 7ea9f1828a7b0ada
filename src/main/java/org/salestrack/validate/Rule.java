package org.salestrack.validate;

import java.util.List;
import org.salestrack.model.RuleHit;
import org.salestrack.model.Severity;

/**
 * One data-quality rule. Rules are pure: they read the input and return hits, in the input's order, so the
 * same input always gives the same hits. {@code severity} is the configured severity; a rule may lower or
 * raise it for a particular hit when its definition says so (a campaign day, a burst), and says why.
 */
public interface Rule {
    /** The id of the CLI contract, e.g. "imei-invalid". */
    String id();

    Severity defaultSeverity();

    /** One sentence on what the rule finds, for the rules screen and the README. */
    String description();

    List<RuleParameter> parameters();

    List<RuleHit> check(ValidationInput input, RuleParameters params, Severity severity);
}
