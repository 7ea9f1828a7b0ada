package org.salestrack.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ReportLabelsTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ReportLabelsTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndChineseBundlesHaveTheSameKeys() throws Exception {
        assertThat(load("report_zh_CN.properties").stringPropertyNames()).isEqualTo(load("report.properties").stringPropertyNames());
    }

    @Test
    void anEnglishReportStaysEnglishWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(ReportLabels.of(Locale.ENGLISH).get("sheet.summary")).isEqualTo("Summary");
            assertThat(ReportLabels.of(Locale.SIMPLIFIED_CHINESE).get("sheet.summary")).isEqualTo("汇总");
            assertThat(ReportLabels.of(Locale.CHINESE).get("sheet.summary")).isEqualTo("汇总");
        } finally {
            Locale.setDefault(before);
        }
    }
}
