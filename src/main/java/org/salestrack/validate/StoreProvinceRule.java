package org.salestrack.validate;

import java.util.List;
import java.util.function.Consumer;
import org.salestrack.model.Message;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.Severity;

/**
 * A store's line whose file names another province than the store master. The line is counted where the
 * store is (the importer takes the store's city and province), so this is a warning that one of the two is
 * wrong, the file's export or the master, and holds nothing.
 */
public final class StoreProvinceRule implements Rule {
    public static final String ID = "store-province";

    @Override public String id() { return ID; }

    @Override public Severity defaultSeverity() { return Severity.WARNING; }

    @Override public String description() {
        return "A store's sales line names another province than the store master; it is counted in the store's.";
    }

    @Override public List<RuleParameter> parameters() { return List.of(); }

    @Override
    public LineScan scan(ScanContext context, RuleParameters params, Severity severity, Consumer<RuleHit> out) {
        return new LineScan() {
            @Override public void line(int i, SaleFact f) {
                if (f.fileProvince() == null || f.storeCode() == null || context.isDuplicate(i)) return;
                out.accept(Hits.sale(ID, severity, f, Message.of("rule.store_province", f.storeCode(), Hits.province(f.province()),
                        Hits.province(f.fileProvince()))));
            }
        };
    }
}
