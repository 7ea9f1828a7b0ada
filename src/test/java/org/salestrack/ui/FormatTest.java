package org.salestrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Money as people read it (issue 11 #9): ¥ always, one unit per column, 万/亿 in Chinese, exact on demand. */
class FormatTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void exactAmountsCarryTheYuanSignAndTwoDecimalsInBothLanguages() {
        assertThat(Format.money(2_792_562_540_000L, EN)).isEqualTo("¥279,256,254.00");
        assertThat(Format.money(2_792_562_540_000L, ZH)).isEqualTo("¥279,256,254.00");
        assertThat(Format.money(-98_765_400L, EN)).isEqualTo("¥-9,876.54");
        assertThat(Format.units(88_004, ZH)).isEqualTo("88,004");
    }

    @Test
    void headlinesAreIn10kAnd100mUnitsInChineseAndExactInEnglish() {
        assertThat(Format.moneyHeadline(2_792_562_540_000L, ZH)).isEqualTo("¥2.79亿");
        assertThat(Format.moneyHeadline(250_041_980_000L, ZH)).isEqualTo("¥2,500.4万");
        assertThat(Format.moneyHeadline(98_760_000L, ZH)).isEqualTo("¥9,876.00");
        assertThat(Format.moneyHeadline(2_792_562_540_000L, EN)).isEqualTo("¥279,256,254.00");
    }

    @Test
    void compactAmountsPickTheUnitByMagnitude() {
        assertThat(Format.moneyShort(250_041_980_000L, EN)).isEqualTo("¥25.00M");
        assertThat(Format.moneyShort(315_000_000L, EN)).isEqualTo("¥31.5K");
        assertThat(Format.moneyShort(315_000_000L, ZH)).isEqualTo("¥3.2万");
        assertThat(Format.moneyShort(45_000_000_000_000L, EN)).isEqualTo("¥4.50B");
    }

    @Test
    void aColumnShowsEveryValueInTheUnitOfItsLargest() {
        // the old ranking showed ¥9,878.00 beside ¥31.5K
        Format.Scale en = Format.scaleFor(315_000_000L, EN);
        assertThat(Format.money(98_780_000L, en, EN)).isEqualTo("¥9.9K");
        assertThat(Format.money(315_000_000L, en, EN)).isEqualTo("¥31.5K");
        Format.Scale zh = Format.scaleFor(315_000_000L, ZH);
        assertThat(Format.money(98_780_000L, zh, ZH)).isEqualTo("¥1.0万");
        assertThat(Format.money(315_000_000L, zh, ZH)).isEqualTo("¥3.2万");
        assertThat(Format.scaleFor(90_000_000L, ZH)).isEqualTo(Format.Scale.YUAN);
    }

    /** Issue 11 (second review): ISO week keys were shown raw in the Chinese UI. */
    @Test
    void isoWeeksReadAsChineseWeeksInChineseAndOtherPeriodsPassThrough() {
        I18n zh = new I18n(I18n.CHINESE);
        I18n en = new I18n(I18n.ENGLISH);
        assertThat(Format.period("2025-W46", zh)).isEqualTo("2025年第46周");
        assertThat(Format.period("2026-W01", zh)).isEqualTo("2026年第1周");
        assertThat(Format.period("2025-W46", en)).isEqualTo("2025-W46");
        assertThat(Format.period("2026-W01", en)).isEqualTo("2026-W01");
        for (String p : new String[] {"2025-03", "2025-Q3", "2025-03-07", "2025"}) {
            assertThat(Format.period(p, zh)).isEqualTo(p);
            assertThat(Format.period(p, en)).isEqualTo(p);
        }
        assertThat(Format.period(null, zh)).isNull();
    }
}
