package org.salestrack.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.profile.ProfileCodec;
import org.salestrack.model.RecordKind;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.I18n;
import org.salestrack.ui.TestWorkspace;

class ImportViewModelTest {
    @TempDir
    Path dir;

    @Test
    void previewDetectsTheProfileAndImportAddsABatch() throws Exception {
        TestWorkspace ws = TestWorkspace.create(dir, false);
        AtomicInteger changed = new AtomicInteger();
        ImportViewModel vm = new ImportViewModel(ws.pipeline, TaskExecutor.SAME_THREAD, changed::incrementAndGet);
        vm.choose(List.of(TestWorkspace.copy("sales-extra.csv", dir)));
        assertThat(vm.previewProperty().get().profile().name()).isEqualTo("ui-test-sales");
        assertThat(vm.previewProperty().get().rows()).hasSize(12);
        assertThat(vm.mapping().stream().filter(r -> r.field().equals("qty")).findFirst().orElseThrow().column()).isEqualTo("数量");
        vm.importFiles();
        assertThat(vm.batches()).hasSize(1);
        assertThat(vm.batches().get(0).stored()).isEqualTo(12);
        assertThat(vm.statusProperty().get()).isEqualTo(org.salestrack.model.Message.of("import.done", 12, 0));
        assertThat(changed.get()).isEqualTo(1);
        vm.undo(vm.batches().get(0));
        assertThat(vm.batches().get(0).status().id()).isEqualTo("undone");
    }

    @Test
    void aFileWithoutProfileIsMappedByHandAndSavedAsAProfile() throws Exception {
        TestWorkspace ws = TestWorkspace.create(dir, false);
        Path file = dir.resolve("other.csv");
        Files.writeString(file, "day,item,units,value\n2025-03-01,X1,2,100.00\n2025-03-02,X2,1,80.50\n");
        ImportViewModel vm = new ImportViewModel(ws.pipeline, TaskExecutor.SAME_THREAD, () -> {});
        vm.choose(List.of(file));
        assertThat(vm.previewProperty().get().profile()).isNull();
        assertThat(vm.previewProperty().get().header()).containsExactly("day", "item", "units", "value");
        assertThat(vm.kindProperty().get()).isEqualTo(RecordKind.SALES);
        set(vm, "sold_at", "day");
        set(vm, "sku", "item");
        set(vm, "qty", "units");
        set(vm, "amount", "value");
        set(vm, "channel", "=Shop");
        set(vm, "channel_type", "=offline");
        assertThat(vm.saveProfile("shop-export")).isTrue();
        assertThat(ProfileCodec.read(dir.resolve("profiles").resolve("shop-export.json")).fields()).containsKeys("sold_at", "sku", "channel");
        vm.importFiles();
        assertThat(vm.batches()).hasSize(1);
        assertThat(vm.batches().get(0).stored()).isEqualTo(2);
    }

    @Test
    void badRowsAreListedWithFileRowColumnValueAndReason() throws Exception {
        TestWorkspace ws = TestWorkspace.create(dir, false);
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, Files.readString(TestWorkspace.copy("sales-extra.csv", dir)).replace(",2025-", ",20x5-"));
        ImportViewModel vm = new ImportViewModel(ws.pipeline, TaskExecutor.SAME_THREAD, () -> {});
        vm.choose(List.of(file));
        vm.importFiles();
        assertThat(vm.problems()).isNotEmpty();
        ImportProblem p = vm.problems().get(0);
        assertThat(p.file()).isEqualTo("bad.csv");
        assertThat(p.row()).isEqualTo("2");
        assertThat(p.column()).isEqualTo("日期");
        assertThat(p.value()).startsWith("20x5-");
        assertThat(p.reason()).contains("date");
        assertThat(vm.batches()).isEmpty();
    }

    @Test
    void problemsReadInTheUiLanguageAndFollowASwitch() throws Exception {
        TestWorkspace ws = TestWorkspace.create(dir, false);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, Files.readString(TestWorkspace.copy("sales-extra.csv", dir)).replace(",2025-", ",20x5-"));
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        ImportViewModel vm = new ImportViewModel(ws.pipeline, TaskExecutor.SAME_THREAD, () -> {});
        vm.choose(List.of(bad));
        vm.files().setAll(bad, empty);
        vm.importFiles();
        ImportProblem row = vm.problems().stream().filter(p -> p.file().equals("bad.csv")).findFirst().orElseThrow();
        ImportProblem file = vm.problems().stream().filter(p -> p.file().equals("empty.csv")).findFirst().orElseThrow();
        I18n i18n = new I18n(I18n.ENGLISH);
        assertThat(ImportView.reason(i18n, row)).isEqualTo(row.reason()).startsWith("not a date: ");
        assertThat(ImportView.reason(i18n, file)).isEqualTo(file.reason()).isEqualTo("empty.csv: the file is empty");
        i18n.localeProperty().set(I18n.CHINESE);
        assertThat(ImportView.reason(i18n, row)).startsWith("不是日期：");
        assertThat(ImportView.reason(i18n, file)).isEqualTo("empty.csv：文件为空");
        i18n.localeProperty().set(I18n.ENGLISH);
        assertThat(ImportView.reason(i18n, row)).isEqualTo(row.reason());
    }

    private static void set(ImportViewModel vm, String field, String source) {
        vm.mapping().stream().filter(r -> r.field().equals(field)).findFirst().orElseThrow().sourceProperty().set(source);
    }
}
