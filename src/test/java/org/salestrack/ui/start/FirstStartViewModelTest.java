package org.salestrack.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.app.WorkspaceServices;
import org.salestrack.task.BackgroundTask;
import org.salestrack.task.TaskExecutor;
import org.salestrack.ui.TestWorkspace;

class FirstStartViewModelTest {
    @TempDir
    Path dir;

    private Path samplesWithProfile() throws Exception {
        Path samples = Files.createDirectories(dir.resolve("samples"));
        TestWorkspace.copy("sales-small.csv", samples);
        // the sample profiles ship in the jar; the test one sits in the workspace's profiles folder
        Path profiles = Files.createDirectories(dir.resolve("ws").resolve("profiles"));
        TestWorkspace.copy("ui-test-sales.json", profiles);
        return samples;
    }

    @Test
    void theSampleWorkspaceIsBuiltFromTheSamplesFolder() throws Exception {
        Path samples = samplesWithProfile();
        AtomicReference<OpenedWorkspace> ready = new AtomicReference<>();
        Path sampleWs = dir.resolve("ws").resolve("sample-workspace.db");
        FirstStartViewModel vm = new FirstStartViewModel(dir.resolve("ws").resolve("workspace.db"), sampleWs, samples, WorkspaceServices::open,
                TaskExecutor.SAME_THREAD, ready::set);
        assertThat(vm.samplesAvailable()).isTrue();
        vm.openSamples();
        assertThat(ready.get()).isNotNull();
        assertThat(ready.get().span()).isNotNull();
        assertThat(ready.get().explore().totals(ready.get().span()).rows()).isEqualTo(80);
        assertThat(vm.problemProperty().get()).isNull();
        assertThat(sampleWs).exists();
        assertThat(dir.resolve("ws").resolve("workspace.db")).doesNotExist();
        // the next first start opens the built sample workspace as it is, even without the folder
        AtomicReference<OpenedWorkspace> again = new AtomicReference<>();
        FirstStartViewModel next = new FirstStartViewModel(dir.resolve("ws").resolve("workspace.db"), sampleWs, null, WorkspaceServices::open,
                TaskExecutor.SAME_THREAD, again::set);
        assertThat(next.samplesAvailable()).isTrue();
        next.openSamples();
        assertThat(again.get().explore().totals(again.get().span()).rows()).isEqualTo(80);
    }

    @Test
    void aSampleWorkspaceOfAnOlderVersionGetsTheSampleFilesItLacksAndNothingTwice() throws Exception {
        Path samples = samplesWithProfile();
        Path sampleWs = dir.resolve("ws").resolve("sample-workspace.db");
        AtomicReference<OpenedWorkspace> first = new AtomicReference<>();
        new FirstStartViewModel(dir.resolve("ws").resolve("workspace.db"), sampleWs, samples, WorkspaceServices::open, TaskExecutor.SAME_THREAD,
                first::set).openSamples();
        assertThat(first.get().explore().totals(first.get().span()).rows()).isEqualTo(80);
        // the new version's samples hold one more file: five orders the old sample workspace never saw
        StringBuilder more = new StringBuilder("订单号,日期,渠道,渠道类型,门店,省份,城市,SKU,品名,型号,系列,品类,数量,金额\n");
        for (int i = 0; i < 5; i++) {
            more.append("N000").append(i).append(",2025-04-0").append(i + 1).append(" 10:00:00,天猫,online,,四川,成都,P50-128-BK,星耀 P50 128G 黑,P50,星耀,手机,1,2899.00\n");
        }
        Files.writeString(samples.resolve("sales-new.csv"), more.toString());
        AtomicReference<OpenedWorkspace> again = new AtomicReference<>();
        FirstStartViewModel next = new FirstStartViewModel(dir.resolve("ws").resolve("workspace.db"), sampleWs, samples, WorkspaceServices::open,
                TaskExecutor.SAME_THREAD, again::set);
        next.openSamples();
        assertThat(next.problemProperty().get()).isNull();
        assertThat(again.get().explore().totals(again.get().span()).rows()).isEqualTo(85);
        long added;
        try (var ws = org.salestrack.store.Workspace.open(sampleWs)) {
            var batches = new org.salestrack.store.Batches(ws).list();
            assertThat(batches).extracting(b -> b.fileName()).containsExactly("sales-small.csv", "sales-new.csv");
            added = batches.get(1).id();
        }
        // the analyst undoes the new file: the next opening does not bring it back
        again.get().imports().undo(added, (d, t, m) -> { });
        AtomicReference<OpenedWorkspace> third = new AtomicReference<>();
        new FirstStartViewModel(dir.resolve("ws").resolve("workspace.db"), sampleWs, samples, WorkspaceServices::open, TaskExecutor.SAME_THREAD,
                third::set).openSamples();
        assertThat(third.get().explore().totals(third.get().span()).rows()).isEqualTo(80);
    }

    @Test
    void startingEmptyOpensAWorkspaceWithoutSales() {
        AtomicReference<OpenedWorkspace> ready = new AtomicReference<>();
        Path file = dir.resolve("empty").resolve("workspace.db");
        FirstStartViewModel vm = new FirstStartViewModel(file, dir.resolve("none.db"), null, WorkspaceServices::open, TaskExecutor.SAME_THREAD,
                ready::set);
        assertThat(vm.samplesAvailable()).isFalse();
        vm.startEmpty();
        assertThat(ready.get().span()).isNull();
        assertThat(file).exists();
    }

    @Test
    void aCancelledSampleBuildLeavesNoWorkspaceBehind() throws Exception {
        Path samples = samplesWithProfile();
        Path file = dir.resolve("ws").resolve("sample-workspace.db");
        AtomicReference<OpenedWorkspace> ready = new AtomicReference<>();
        // cancels as soon as the task exists, the way the Cancel button would mid-way
        TaskExecutor cancelling = new TaskExecutor() {
            @Override
            public <T> void execute(BackgroundTask<T> task, java.util.function.Consumer<T> ok, java.util.function.Consumer<Throwable> err) {
                task.cancel();
                TaskExecutor.SAME_THREAD.execute(task, ok, err);
            }
        };
        FirstStartViewModel vm = new FirstStartViewModel(dir.resolve("ws").resolve("workspace.db"), file, samples, WorkspaceServices::open,
                cancelling, ready::set);
        vm.openSamples();
        assertThat(ready.get()).isNull();
        assertThat(file).doesNotExist();
        assertThat(vm.problemProperty().get()).isNull();
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
