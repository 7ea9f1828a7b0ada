package org.salestrack.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Locale;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.analytics.channel.ChannelWorkspace;
import org.salestrack.model.report.ReportSection;
import org.salestrack.model.report.SalesReportData;
import org.salestrack.store.Workspace;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;

/**
 * The Channels sheet's comparison block for March 2025 on the planted workspace ({@link ChannelWorkspace}),
 * read back with POI: the values as planted, every ratio a formula that POI evaluates to the figure worked
 * out by hand (the whole country: offline ¥15,000.00 for 6 units, online ¥12,000.00 for 6, so the ASP gap is 25%).
 */
class ChannelComparisonSheetTest {
    @TempDir
    Path dir;

    private XSSFWorkbook write(Workspace ws, Locale locale) throws Exception {
        SalesReportData d = WorkbookFiles.load(ws, YearMonth.of(2025, 3), EnumSet.of(ReportSection.CHANNELS), locale);
        Path out = dir.resolve(locale.getLanguage() + ".xlsx");
        new SalesWorkbookWriter(ReportLabels.of(locale)).write(d, out, ProgressListener.NONE, Cancellation.none());
        try (InputStream in = Files.newInputStream(out)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void theComparisonIsWrittenWithLiveFormulasThatGiveThePlantedFigures() throws Exception {
        try (Workspace ws = ChannelWorkspace.create(dir); XSSFWorkbook wb = write(ws, Locale.ENGLISH)) {
            Sheet s = wb.getSheet("Channels");
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            int header = Sheets.row(s, "Channels compared (as on the Channels screen)") + 2;
            int tmall = Sheets.row(s, 0, "Tmall", header);
            int units = Sheets.col(s, header, "Units");
            assertThat(Sheets.number(ev, s, tmall, units)).isEqualTo(4);
            assertThat(Sheets.money(ev, s, tmall, Sheets.col(s, header, "Revenue, a year before"))).isEqualByComparingTo("4000.00");
            int growthYear = Sheets.col(s, header, "Growth vs a year before");
            assertThat(Sheets.isFormula(s, tmall, growthYear)).isTrue();
            // Tmall March 2025: 4 units for 8,000 against 4,000 a year before
            assertThat(Sheets.number(ev, s, tmall, growthYear)).isCloseTo(1.0, within(1e-9));
            int offline = Sheets.row(s, 0, "Offline", tmall);
            int online = Sheets.row(s, 0, "Online", tmall);
            int asp = Sheets.col(s, header, "ASP");
            assertThat(Sheets.isFormula(s, offline, units)).isTrue();
            assertThat(Sheets.money(ev, s, offline, asp)).isEqualByComparingTo("2500.00");
            assertThat(Sheets.money(ev, s, online, asp)).isEqualByComparingTo("2000.00");
            assertThat(Sheets.number(ev, s, offline, Sheets.col(s, header, "Margin rate"))).isCloseTo(3100.0 / 15000, within(1e-9));
            assertThat(Sheets.number(ev, s, online, Sheets.col(s, header, "Unit share"))).isCloseTo(0.5, within(1e-9));
            int gap = Sheets.row(s, "ASP gap (offline over online)");
            assertThat(Sheets.isFormula(s, gap, 1)).isTrue();
            assertThat(Sheets.number(ev, s, gap, 1)).isCloseTo(0.25, within(1e-9));

            int o2o = Sheets.row(s, "O2O: ordered online, picked up in a store") + 2;
            assertThat(Sheets.number(ev, s, o2o, 0)).isEqualTo(2);
            assertThat(Sheets.number(ev, s, o2o, 1)).isEqualTo(3);
            assertThat(Sheets.money(ev, s, o2o, 2)).isEqualByComparingTo(new BigDecimal("6000.00"));
            assertThat(Sheets.number(ev, s, o2o, 3)).isCloseTo(0.5, within(1e-9));

            int both = Sheets.row(s, 0, "Online and offline", o2o);
            assertThat(Sheets.isFormula(s, both, 5)).isTrue();
            assertThat(Sheets.money(ev, s, both, 5)).isEqualByComparingTo("8400.00");
            assertThat(Sheets.number(ev, s, both, 6)).isCloseTo(1.0, within(1e-9));
            int onlineOnly = Sheets.row(s, "Online only");
            assertThat(Sheets.money(ev, s, onlineOnly, 5)).isEqualByComparingTo("3000.00");
            assertThat(Sheets.number(ev, s, onlineOnly, 6)).isCloseTo(0.5, within(1e-9));
            // C3 (2 days, 4,800) and C6 in Sichuan (1 day, 3,000): 2 customers, 3,900 each, half of them back
            int offlineOnly = Sheets.row(s, "Offline only");
            assertThat(Sheets.money(ev, s, offlineOnly, 5)).isEqualByComparingTo("3900.00");
            assertThat(Sheets.number(ev, s, offlineOnly, 6)).isCloseTo(0.5, within(1e-9));

            int band = Sheets.row(s, "35-44");
            assertThat(Sheets.number(ev, s, band, 1)).isEqualTo(0);
            assertThat(Sheets.number(ev, s, band, 2)).isEqualTo(3);
        }
    }

    @Test
    void theChineseSheetNamesTheSameBlocks() throws Exception {
        try (Workspace ws = ChannelWorkspace.create(dir); XSSFWorkbook wb = write(ws, Locale.SIMPLIFIED_CHINESE)) {
            Sheet s = wb.getSheet("渠道");
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            int gap = Sheets.row(s, "均价差（线下相对线上）");
            assertThat(Sheets.number(ev, s, gap, 1)).isCloseTo(0.25, within(1e-9));
            assertThat(Sheets.money(ev, s, Sheets.row(s, "线上线下都买"), 5)).isEqualByComparingTo("8400.00");
        }
    }
}
