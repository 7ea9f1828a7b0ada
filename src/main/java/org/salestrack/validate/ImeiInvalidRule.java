package org.salestrack.validate;

import java.util.List;
import java.util.function.Consumer;
import org.salestrack.model.Message;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.Severity;

/**
 * An IMEI that is not 15 digits or whose Luhn check digit is wrong: a typo at best, a made-up device at
 * worst. Lines without an IMEI (tablets without a modem, watches) are not checked.
 */
public final class ImeiInvalidRule implements Rule {
    public static final String ID = "imei-invalid";

    @Override public String id() { return ID; }

    @Override public Severity defaultSeverity() { return Severity.ERROR; }

    @Override public String description() {
        return "The IMEI is not 15 digits or its Luhn check digit is wrong.";
    }

    @Override public List<RuleParameter> parameters() { return List.of(); }

    @Override
    public LineScan scan(ScanContext context, RuleParameters params, Severity severity, Consumer<RuleHit> out) {
        return new LineScan() {
            @Override public void line(int i, SaleFact f) {
                String imei = f.imei();
                if (Hits.blank(imei) || context.isDuplicate(i) || Imei.isValid(imei)) return;
                out.accept(Hits.sale(ID, severity, f, explain(imei)));
            }
        };
    }

    static Message explain(String imei) {
        if (imei.length() != 15) return Message.of("rule.imei_invalid.length", imei, imei.length());
        if (!Imei.allDigits(imei)) return Message.of("rule.imei_invalid.digits", imei);
        return Message.of("rule.imei_invalid.luhn", imei, imei.charAt(14), Imei.checkDigit(imei));
    }
}
