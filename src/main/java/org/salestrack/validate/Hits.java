package org.salestrack.validate;

import org.salestrack.model.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.salestrack.model.Message;
import org.salestrack.model.Provinces;
import org.salestrack.model.RuleHit;
import org.salestrack.model.SaleFact;
import org.salestrack.model.SellInFact;
import org.salestrack.model.Severity;

/** Builds hits and formats the numbers in their explanations the same way for every rule. */
final class Hits {
    private Hits() {}

    /** A hit on a stored sale line; error hits hold the line out of totals. */
    static RuleHit sale(String rule, Severity severity, SaleFact f, Message why) {
        return new RuleHit(rule, severity, RuleHit.SALE, f.rowId(), f.batchId(), f.fileName(), f.sourceRow(),
                severity == Severity.ERROR, List.of(), why);
    }

    /** A hit on a group of sale lines, pointing at the first and holding the rest with it. */
    static RuleHit saleGroup(String rule, Severity severity, List<SaleFact> lines, Message why) {
        SaleFact f = lines.get(0);
        List<Long> related = new ArrayList<>(lines.size() - 1);
        for (int i = 1; i < lines.size(); i++) related.add(lines.get(i).rowId());
        return new RuleHit(rule, severity, RuleHit.SALE, f.rowId(), f.batchId(), f.fileName(), f.sourceRow(),
                severity == Severity.ERROR, related, why);
    }

    /** A hit on a sell-in line: a finding about a dealer, so it holds nothing. */
    static RuleHit sellIn(String rule, Severity severity, SellInFact f, Message why) {
        return new RuleHit(rule, severity, RuleHit.SELL_IN, f.rowId(), f.batchId(), f.fileName(), f.sourceRow(),
                false, List.of(), why);
    }

    /** "batch 2, file tmall.csv, row 118": where to find a line. */
    static Message where(SaleFact f) {
        return Message.of("rule.where", f.batchId(), f.fileName(), f.sourceRow());
    }

    /** E4 as "1,299.00". */
    static String money(long e4) {
        return String.format(Locale.ROOT, "%,.2f", Money.ofE4(e4));
    }

    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    static String count(long value) {
        return Message.grouped(value);
    }

    /** A share as a whole percentage: 0.5 is "50%". */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /** "44 广东" for a GB/T 2260 code, the text as given for anything else. */
    static String province(String code) {
        return Provinces.get().byCode(code).map(p -> p.code() + " " + p.nameZh()).orElse(code);
    }

    static boolean blank(String s) { return s == null || s.isBlank(); }
}
