package org.salestrack.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.model.Message;
import org.salestrack.store.postgres.SalesFiles;
import org.salestrack.task.Cancellation;
import org.salestrack.task.ProgressListener;
import org.salestrack.ui.TestWorkspace;

/**
 * An import reports its steps as words a screen puts in its own language (the status bar showed "z.csv: 20000 rows"
 * and "rollups" on a Chinese screen), and a listener moved to a fixed step passes them on as words.
 */
class ProgressWordsTest {
    @TempDir Path dir;

    /** What reached it: a message's key and arguments, or "text:" and the plain text. */
    private static final class Heard implements ProgressListener {
        final List<String> said = new ArrayList<>();
        final List<long[]> at = new ArrayList<>();

        @Override
        public void progress(long done, long total, String message) {
            said.add("text:" + message);
            at.add(new long[] {done, total});
        }

        @Override
        public void progress(long done, long total, Message message) {
            said.add(message.key() + message.args());
            at.add(new long[] {done, total});
        }
    }

    @Test
    void anImportsStepsComeAsWordsAndTheFollowUpsInOrder() throws Exception {
        TestWorkspace ws = TestWorkspace.create(dir, false);
        Path file = SalesFiles.write(dir.resolve("z.csv"), "Z", 0, 20_000, SalesFiles.SOUTH, 44);
        Heard heard = new Heard();
        ws.pipeline.importFiles(List.of(file), null, heard, Cancellation.none());
        assertThat(heard.said).contains("progress.import.rows[z.csv, 20,000]", "progress.import.saving[z.csv]")
                .noneMatch(s -> s.startsWith("text:"));
        assertThat(heard.said.subList(heard.said.size() - 5, heard.said.size())).containsExactly("progress.followup.quality[]",
                "progress.followup.rollups[]", "progress.followup.tracking[]", "progress.followup.alerts[]", "progress.done[]");
        // one bar: the file fills it to 800 of 1,000 and the follow-up the rest; it never goes back (it went back to
        // empty after "saving", the follow-up counting its own 0..4)
        assertThat(heard.at).allSatisfy(a -> assertThat(a[1]).isEqualTo(1_000));
        for (int i = 1; i < heard.at.size(); i++) assertThat(heard.at.get(i)[0]).isGreaterThanOrEqualTo(heard.at.get(i - 1)[0]);
        assertThat(heard.at.get(heard.said.indexOf("progress.import.saving[z.csv]"))[0]).isEqualTo(800);
        assertThat(heard.at.get(heard.at.size() - 1)[0]).isEqualTo(1_000);
    }

    @Test
    void aPartOfTheBarMapsItsOwnStepsAndPassesWordsOn() {
        Heard heard = new Heard();
        ProgressListener second = heard.part(400, 800, 1_000);
        second.progress(0, 4, Message.of("progress.followup.quality"));
        second.progress(2, 4, "half");
        second.progress(9, 4, Message.of("progress.done"));
        second.progress(5, -1, "unknown total");
        assertThat(heard.said).containsExactly("progress.followup.quality[]", "text:half", "progress.done[]", "text:unknown total");
        assertThat(heard.at).extracting(a -> a[0]).containsExactly(400L, 600L, 800L, 400L);
        assertThat(heard.at).allSatisfy(a -> assertThat(a[1]).isEqualTo(1_000));
    }

    @Test
    void aListenerAtAFixedStepPassesWordsAndTextOn() {
        Heard heard = new Heard();
        ProgressListener inner = heard.part(2, 2, 5);
        inner.progress(900, 1000, Message.of("progress.import.saving", "a.csv"));
        inner.progress(1000, 1000, "b.csv");
        assertThat(heard.said).containsExactly("progress.import.saving[a.csv]", "text:b.csv");
        assertThat(heard.at).allSatisfy(a -> assertThat(a).containsExactly(2, 5));
    }
}
