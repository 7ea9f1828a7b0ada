package org.salestrack.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Money kept exactly as written (issue 13 #1): up to 4 decimals in e4, more refused, never rounded. */
class MoneyTest {
    @Test
    void fourDecimalsAreKeptExactly() {
        assertThat(Money.toE4(new BigDecimal("957.5775"))).isEqualTo(9_575_775L);
        assertThat(Money.toE4(new BigDecimal("22.368"))).isEqualTo(223_680L);
        assertThat(Money.toE4(new BigDecimal("-0.0001"))).isEqualTo(-1L);
        assertThat(Money.toE4(new BigDecimal("1E+3"))).isEqualTo(10_000_000L);
    }

    @Test
    void trailingZerosBeyondFourPlacesAreNotMoreDecimals() {
        assertThat(Money.toE4(new BigDecimal("12.345000"))).isEqualTo(123_450L);
        assertThat(Money.fits(new BigDecimal("12.345000"))).isTrue();
    }

    @Test
    void aFifthDecimalIsRefusedNotRounded() {
        assertThat(Money.fits(new BigDecimal("22.36805"))).isFalse();
        assertThatThrownBy(() -> Money.toE4(new BigDecimal("22.36805"))).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("22.36805");
    }

    @Test
    void amountsBeyondALongAreRefused() {
        assertThatThrownBy(() -> Money.toE4(new BigDecimal("922337203685478"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void theExactAmountShowsTwoDecimalsAtLeastAndFourAtMost() {
        assertThat(Money.ofE4(9_575_775L).toPlainString()).isEqualTo("957.5775");
        assertThat(Money.ofE4(223_680L).toPlainString()).isEqualTo("22.368");
        assertThat(Money.ofE4(70_123_455_000L).toPlainString()).isEqualTo("7012345.50");
        assertThat(Money.ofE4(0L).toPlainString()).isEqualTo("0.00");
        assertThat(Money.ofE4(-1L).toPlainString()).isEqualTo("-0.0001");
    }

    @Test
    void wholeYuanAndChartValues() {
        assertThat(Money.e4OfWholeYuan(5_000)).isEqualTo(50_000_000L);
        assertThatThrownBy(() -> Money.e4OfWholeYuan(Long.MAX_VALUE / 1000)).isInstanceOf(ArithmeticException.class);
        assertThat(Money.yuan(9_575_775L)).isEqualTo(957.5775);
        assertThat(Money.e4OfYuan(957.5775)).isEqualTo(9_575_775L);
        assertThat(Money.roundedE4(new BigDecimal("1.23456"))).isEqualTo(12_346L);
    }
}
