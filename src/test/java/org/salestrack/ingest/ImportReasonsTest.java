package org.salestrack.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.map.RowError;
import org.salestrack.ingest.profile.MappingProfile;
import org.salestrack.ingest.read.ImportReasons;
import org.salestrack.model.Message;

/**
 * The importer's reasons carry their key: English from the base bundle is the text the CLI and the exceptions have
 * always given, and the Chinese bundle words the same reason in Chinese.
 */
class ImportReasonsTest {
    private static final ResourceBundle ZH = ResourceBundle.getBundle("i18n.messages", Locale.SIMPLIFIED_CHINESE,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    @TempDir
    Path tmp;
    IngestFixture fx;
    MappingProfile pos;

    @BeforeEach
    void setUp() {
        fx = new IngestFixture(tmp);
        pos = IngestFixture.profile("pos-profile.json");
    }

    private static String zh(Message m) {
        return m.format(ZH::getString, Locale.SIMPLIFIED_CHINESE);
    }

    private ImportRejectedException rejected(Path file, MappingProfile profile) {
        ImportRejectedException e = catchThrowableOfType(() -> fx.importFile(file, profile), ImportRejectedException.class);
        assertThat(e).as(file + " must be refused").isNotNull();
        assertThat(e.getMessage()).isEqualTo(e.file() + ": " + e.reason().english());
        return e;
    }

    @Test
    void anUnparseableNumberReadsInBothLanguages() {
        ImportRejectedException e = rejected(IngestFixture.resource("bad-number.csv"), pos);
        assertThat(e.getMessage()).isEqualTo("bad-number.csv: 1 of 1 rows cannot be read (more than 5% allowed); first: "
                + "row 2, column 'amount', value '59x9': not a number (unexpected character 'x')");
        assertThat(zh(e.reason())).isEqualTo("1 行中有 1 行无法读取（最多允许 5%）；第一个问题：第 2 行，列“amount”，值“59x9”："
                + "不是数字（出现了意外字符“x”）");
        RowError row = e.errors().get(0);
        assertThat(row.reason()).isEqualTo("not a number (unexpected character 'x')");
        assertThat(row.why().english()).isEqualTo(row.reason());
        assertThat(zh(row.why())).isEqualTo("不是数字（出现了意外字符“x”）");
    }

    @Test
    void aBadDateReadsInBothLanguages() {
        RowError row = rejected(IngestFixture.resource("bad-date.csv"), pos).errors().get(0);
        // the profile's own pattern, not the formatter's internals
        assertThat(row.reason()).isEqualTo("not a date: no such date (expected yyyy-MM-dd HH:mm:ss)");
        assertThat(row.why().english()).isEqualTo(row.reason());
        assertThat(zh(row.why())).startsWith("不是日期：不存在这一天（应为 yyyy-MM-dd HH:mm:ss");
    }

    @Test
    void aRaggedRowReadsInBothLanguages() {
        RowError row = rejected(IngestFixture.resource("ragged.csv"), pos).errors().get(0);
        assertThat(row.toString()).isEqualTo("row 3: the row has 11 cells but the header has 10 (a stray delimiter or an unquoted comma?)");
        assertThat(zh(row.describe())).isEqualTo("第 3 行：该行有 11 个单元格，而表头有 10 个（多了分隔符或逗号未加引号？）");
    }

    @Test
    void refusedFilesReadInBothLanguages() {
        ImportRejectedException e = rejected(IngestFixture.resource("empty.csv"), pos);
        assertThat(e.getMessage()).isEqualTo("empty.csv: the file is empty");
        assertThat(zh(e.reason())).isEqualTo("文件为空");

        e = rejected(tmp.resolve("nope.csv"), pos);
        assertThat(e.getMessage()).isEqualTo("nope.csv: no such file");
        assertThat(zh(e.reason())).isEqualTo("文件不存在");

        e = rejected(IngestFixture.resource("binary.csv"), pos);
        assertThat(e.getMessage()).isEqualTo("binary.csv: the file is binary, not a CSV, TSV, XLSX or JSON table");
        assertThat(zh(e.reason())).isEqualTo("这是二进制文件，不是 CSV、TSV、XLSX 或 JSON 表格");

        e = rejected(IngestFixture.resource("header-only.csv"), pos);
        assertThat(e.getMessage()).isEqualTo("header-only.csv: the file has a header but no data rows");
        assertThat(zh(e.reason())).isEqualTo("文件只有表头，没有数据行");

        e = rejected(IngestFixture.resource("missing-column.csv"), pos);
        assertThat(e.getMessage()).isEqualTo("missing-column.csv: the columns of profile 'test-pos' are not all in the file; "
                + "it has: receipt, line, time, store, sku, amount, province");
        assertThat(zh(e.reason())).isEqualTo("配置“test-pos”的列在文件中不全；文件的列为：receipt, line, time, store, sku, amount, province");

        e = rejected(IngestFixture.resource("unknown-export.csv"), null);
        assertThat(e.getMessage()).isEqualTo("unknown-export.csv: no mapping profile matches this file's header; it has: ticket, opened, agent, priority");
        assertThat(zh(e.reason())).isEqualTo("没有与该文件表头匹配的映射配置；文件的列为：ticket, opened, agent, priority");
    }

    @Test
    void everyReasonPatternFormatsInBothBundles() {
        ResourceBundle en = ResourceBundle.getBundle("i18n.messages", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (ResourceBundle b : new ResourceBundle[] {en, ZH}) {
            for (String k : b.keySet()) {
                if (!k.startsWith("import.reason.")) continue;
                String text = new java.text.MessageFormat(b.getString(k), Locale.ROOT).format(new Object[] {"a", "b", "c", "d"});
                assertThat(text).as(k).doesNotContain("{").doesNotContain("''");
            }
        }
    }
}
