package org.salestrack.validate;

import java.util.List;
import java.util.function.Consumer;
import org.salestrack.model.ImportReject;
import org.salestrack.model.Message;
import org.salestrack.model.RuleHit;
import org.salestrack.model.Severity;

/**
 * Missing or unparseable required fields. The importer finds these (a row without a date cannot be stored);
 * this rule lists them beside the other findings so that one screen and one count show every problem.
 * The rows were never stored, so there is nothing to hold.
 */
public final class RequiredRule implements Rule {
    public static final String ID = "required";

    @Override public String id() { return ID; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "A required field (sold_at, sku, qty, amount or unit_price) is missing or unparseable; found at import.";
    }

    @Override public List<RuleParameter> parameters() { return List.of(); }

    @Override
    public LineScan scan(ScanContext context, RuleParameters params, Severity severity, Consumer<RuleHit> out) {
        return new LineScan() {
            @Override public void end() {
                for (ImportReject r : context.rejects()) {
                    // the English is worded from the reason as stored, so it reads exactly as it always has
                    String english = Message.of("rule.required", r.reason()).english();
                    out.accept(new RuleHit(ID, severity, RuleHit.IMPORT, null, r.batchId(), r.fileName(), r.sourceRow(),
                            english, false, List.of(), Message.of("rule.required", r.why())));
                }
            }
        };
    }
}
