package org.salestrack.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.salestrack.analytics.explore.DatePreset;
import org.salestrack.model.RecordKind;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Grain;
import org.salestrack.model.cube.Measure;
import org.salestrack.ui.dashboard.MapMode;
import org.salestrack.ui.explore.Hierarchy;

/**
 * Both bundles hold the same keys; every key the code uses exists; every key in the bundles is used,
 * literally in ui/app sources (validate's for the rules' explanations, rule.*; ingest's for the importer's
 * reasons, import.reason.*) or through an enum-built family (dim.*, measure.*, ...).
 */
class I18nBundlesTest {
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)+)[\"|]");
    private static final Pattern CALL = Pattern.compile("(?:bind|get|has)\\(\"([a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)+)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String sources() throws IOException {
        StringBuilder b = new StringBuilder();
        for (String dir : new String[] {"src/main/java/org/salestrack/ui", "src/main/java/org/salestrack/app",
                "src/main/java/org/salestrack/validate", "src/main/java/org/salestrack/ingest",
                "src/main/java/org/salestrack/analytics/dealer", "src/main/java/org/salestrack/analytics/alert",
                "src/main/java/org/salestrack/analytics/customer", "src/main/java/org/salestrack/model",
                "src/main/java/org/salestrack/forecast/scenario", "src/main/java/org/salestrack/store/postgres",
                "src/main/java/org/salestrack/pipeline", "src/main/java/org/salestrack/store/quality", "src/main/java/org/salestrack/store/cube"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) b.append(Files.readString(f)).append('\n');
            }
        }
        return b.toString();
    }

    /**
     * The status bar words a running task by {@code task.<title>}, and shows a title without a key as it is: "review"
     * stood in English on the Chinese screen for the minutes a bulk review of millions of findings takes. Every title
     * written as a literal where a task is made or submitted must have its key.
     */
    private static final Pattern TASK_TITLE = Pattern.compile("(?:new BackgroundTask<[^>]*>|\\.submit)\\(\"([a-z][a-z0-9-]*)\"");

    static Set<String> taskTitles(String sources) {
        Set<String> titles = new TreeSet<>();
        Matcher m = TASK_TITLE.matcher(sources);
        while (m.find()) titles.add(m.group(1));
        return titles;
    }

    @Test
    void everyTaskTitleHasItsWordsInBothLanguages() throws IOException {
        Set<String> titles = taskTitles(sources());
        assertThat(titles).contains("review", "rule", "alert", "forecast", "audit-verify", "open-issues", "alert-count");
        for (String bundle : List.of("messages.properties", "messages_zh_CN.properties")) {
            Set<String> keys = load(bundle).stringPropertyNames();
            assertThat(titles.stream().map(t -> "task." + t).filter(k -> !keys.contains(k)).toList()).as(bundle).isEmpty();
        }
    }

    private static Set<String> dynamicKeys() throws IOException {
        Set<String> k = new TreeSet<>();
        for (String t : taskTitles(sources())) k.add("task." + t);
        for (Dimension d : Dimension.values()) k.add("dim." + d.id());
        for (Measure m : Measure.values()) k.add("measure." + m.id());
        for (MapMode m : MapMode.values()) k.add(m.key());
        for (Grain g : Grain.values()) k.add("grain." + g.id());
        for (DatePreset p : DatePreset.values()) k.add("preset." + p.id());
        for (Hierarchy h : Hierarchy.values()) k.add(h.key());
        for (RecordKind r : RecordKind.values()) k.add("kind." + r.id());
        for (RecordKind r : RecordKind.values()) for (String f : r.fields()) k.add("field." + f);
        for (org.salestrack.validate.Rule r : org.salestrack.validate.RuleEngine.standard().rules()) {
            k.add("quality.rule.name." + r.id());
            for (org.salestrack.validate.RuleParameter p : r.parameters()) k.add("quality.param." + p.name());
        }
        for (ScreenEntry e : Screens.all()) k.add(e.titleKey());
        for (String s : new String[] {"units", "revenue", "asp", "growth", "online", "cover"}) k.add("kpi." + s);
        for (String s : new String[] {"import", "undo", "rollups", "samples", "open", "customers", "customer-history", "customer-value",
                "dealers", "inventory", "validate"}) {
            k.add("task." + s);
        }
        for (org.salestrack.model.customer.RfmSegment s : org.salestrack.model.customer.RfmSegment.values()) {
            k.add("customers.segment." + s.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (String s : new String[] {"customers", "spend", "churned", "high", "ecosystem"}) k.add("customers.tile." + s);
        for (String s : new String[] {"region", "channel", "cohort", "segment"}) k.add("customers.churn.by." + s);
        for (String s : new String[] {"stored", "undone", "importing"}) k.add("batch.status." + s);
        for (var s : org.salestrack.model.inventory.LifeCycleStage.values()) k.add("inventory.stage." + s.name().toLowerCase(java.util.Locale.ROOT));
        for (var a : org.salestrack.model.inventory.SlowMoverAction.values()) {
            k.add("inventory.action." + a.name().toLowerCase(java.util.Locale.ROOT));
            k.add("inventory.reason." + a.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (org.salestrack.model.lines.LineHold h : org.salestrack.model.lines.LineHold.values()) k.add("lines.hold." + h.id());
        for (org.salestrack.model.SaleStatus s : org.salestrack.model.SaleStatus.values()) k.add("lines.status." + s.id());
        for (var r : org.salestrack.model.alert.AlertRule.values()) k.add("alerts.rule." + r.id().replace('-', '_'));
        for (var s : org.salestrack.model.alert.AlertStatus.values()) k.add("alerts.status." + s.id());
        for (String s : new String[] {"error", "warning", "info"}) k.add("alerts.severity." + s);
        return k;
    }

    /** A key written twice keeps only its last value: col.spend meant a customer's spend and a campaign's, and read 投放 for both. */
    @Test
    void noBundleWritesAKeyTwice() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_zh_CN.properties", "report.properties", "report_zh_CN.properties")) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            try (var in = I18nBundlesTest.class.getResourceAsStream("/i18n/" + bundle)) {
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    String t = line.strip();
                    if (t.isEmpty() || t.startsWith("#") || !t.contains("=")) continue;
                    String key = t.substring(0, t.indexOf('=')).strip();
                    if (!seen.add(key)) twice.add(key);
                }
            }
            assertThat(twice).as(bundle).isEmpty();
        }
    }

    /**
     * A progress step is always worded through Message, whose patterns go through MessageFormat, where a lone quote
     * starts a quoted run and vanishes: "finding the issues' lines" showed as "finding the issues lines".
     */
    @Test
    void progressWordsWriteTheirQuotesTwice() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_zh_CN.properties")) {
            Properties p = load(bundle);
            List<String> lone = p.stringPropertyNames().stream().filter(k -> k.startsWith("progress."))
                    .filter(k -> p.getProperty(k).replace("''", "").contains("'")).sorted().toList();
            assertThat(lone).as(bundle).isEmpty();
        }
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("messages_zh_CN.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("messages.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Matcher m = CALL.matcher(sources());
        Set<String> missing = new TreeSet<>();
        while (m.find()) if (!keys.contains(m.group(1)) && !m.group(1).endsWith(".")) missing.add(m.group(1));
        Set<String> dynamicMissing = new TreeSet<>(dynamicKeys());
        dynamicMissing.removeAll(keys);
        missing.addAll(dynamicMissing);
        assertThat(missing).isEmpty();
    }

    /** The rules, the importer and the checks of typed input (InvalidInput) name their keys in Message.of calls and ternaries, so every rule.* and import.reason.* literal must be a key. */
    @Test
    void everyRuleExplanationKeyExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Matcher m = LITERAL.matcher(sources());
        Set<String> missing = new TreeSet<>();
        while (m.find()) {
            String k = m.group(1);
            if ((k.startsWith("rule.") || k.startsWith("import.reason.") || k.startsWith("input.")) && !keys.contains(k)) missing.add(k);
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyInTheBundlesIsUsed() throws IOException {
        Set<String> used = new TreeSet<>(dynamicKeys());
        Matcher m = LITERAL.matcher(sources());
        while (m.find()) used.add(m.group(1));
        Set<String> unused = new TreeSet<>(load("messages.properties").stringPropertyNames());
        unused.removeAll(used);
        assertThat(unused).isEmpty();
    }

    @Test
    void chineseStringsAreTranslatedNotCopied() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        Set<String> same = new TreeSet<>();
        for (String k : en.stringPropertyNames()) if (en.getProperty(k).equals(zh.getProperty(k))) same.add(k);
        // names that read the same in both languages on purpose
        same.removeAll(Arrays.asList("lang.en", "lang.zh", "dim.sku", "import.reason.verbatim"));
        assertThat(same).isEmpty();
    }
}
