package org.salestrack.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.salestrack.model.Message;

/** A rule's explanation is a key and arguments: the English bundle gives today's text, the Chinese one a translation. */
class RuleMessagesTest {
    private static final ResourceBundle ZH = ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private static String chinese(Message m) { return m.format(ZH::getString, Locale.SIMPLIFIED_CHINESE); }

    @Test
    void aLuhnFailureReadsInEnglishAsBeforeAndInChineseThroughTheChineseBundle() {
        Message why = ImeiInvalidRule.explain("490154203237519");

        assertThat(why).isEqualTo(Message.of("rule.imei_invalid.luhn", "490154203237519", "9", "8"));
        assertThat(why.english())
                .isEqualTo("IMEI 490154203237519 fails the Luhn check: its last digit is 9 but the first 14 digits need 8.");
        assertThat(chinese(why)).isEqualTo("IMEI 无效：490154203237519 未通过 Luhn 校验，末位是 9，但按前 14 位计算应为 8。");
    }

    @Test
    void quotesInTheEnglishPatternsComeOutSingle() {
        assertThat(ImeiInvalidRule.explain("12345").english()).isEqualTo("IMEI '12345' has 5 characters; an IMEI has 15 digits.");
        assertThat(Message.of("rule.price_outlier", "100.00", "10%", "P1", "1,000.00", "50%", "120%").english())
                .isEqualTo("Unit price 100.00 is 10% of SKU P1's list price 1,000.00; the allowed band is 50% to 120%.");
    }

    @Test
    void nestedClausesAreTranslatedWithTheSentenceAroundThem() {
        Message why = Message.of("rule.impossible.two", Message.of("rule.impossible.future", "2026-02-01", "2026-01-15"),
                Message.of("rule.impossible.qty", "0"));

        assertThat(why.english()).isEqualTo("Impossible line: it is dated 2026-02-01, after today (2026-01-15); "
                + "its quantity is 0 but its status is paid, not refunded or cancelled.");
        assertThat(chinese(why)).isEqualTo("不可能的记录：日期为 2026-02-01，晚于今天（2026-01-15）；"
                + "数量为 0，但状态是已付款，而非已退款或已取消。");
    }

    /** A translation that drops or invents an argument would show a wrong or a raw "{3}" on the screen. */
    @Test
    void everyRuleMessageUsesTheSameArgumentsInBothLanguages() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        Set<String> differ = new TreeSet<>();
        for (String k : en.stringPropertyNames()) {
            if (k.startsWith("rule.") && !arguments(en.getProperty(k)).equals(arguments(zh.getProperty(k)))) differ.add(k);
        }
        assertThat(differ).isEmpty();
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        if (pattern == null) return found;
        Matcher m = Pattern.compile("\\{\\d+}").matcher(pattern);
        while (m.find()) found.add(m.group());
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RuleMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
