package org.salestrack.model.dealer;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A dealer's balance: its SKU lines and its months (summed), each month's flag, and the months where the
 * {@code channel-stuffing} rule left a finding (its issue id), so the screen can link the two.
 */
public record DealerBalance(String dealer, List<BalanceLine> skuLines, List<BalanceLine> months, Map<YearMonth, BalanceFlag> flags,
                            Map<YearMonth, Long> findings) {
    public DealerBalance {
        skuLines = List.copyOf(skuLines);
        months = List.copyOf(months);
        flags = Map.copyOf(flags);
        findings = Map.copyOf(findings);
    }
}
