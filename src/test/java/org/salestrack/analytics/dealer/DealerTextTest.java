package org.salestrack.analytics.dealer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Amounts in grade explanations and rebate formulas: grouped by thousands, two decimals, rounded half up. */
class DealerTextTest {
    @Test
    void amountsAreGroupedByThousandsWithTwoDecimals() {
        assertThat(DealerText.yuan(BigDecimal.ZERO)).isEqualTo("¥0.00");
        assertThat(DealerText.yuan(new BigDecimal("0.5"))).isEqualTo("¥0.50");
        assertThat(DealerText.yuan(new BigDecimal("100"))).isEqualTo("¥100.00");
        assertThat(DealerText.yuan(new BigDecimal("999.995"))).isEqualTo("¥1,000.00");
        assertThat(DealerText.yuan(new BigDecimal("1234567.891"))).isEqualTo("¥1,234,567.89");
        assertThat(DealerText.yuan(new BigDecimal("62300000"))).isEqualTo("¥62,300,000.00");
        assertThat(DealerText.yuan(new BigDecimal("-50000"))).isEqualTo("-¥50,000.00");
        assertThat(DealerText.yuanE4(123_456_789L)).isEqualTo("¥12,345.68");
    }
}
