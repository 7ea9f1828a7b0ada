package org.salestrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.api.ApiServer;
import org.salestrack.pipeline.watch.WatchFixture;
import org.salestrack.store.Workspace;
import org.salestrack.ui.TestWorkspace;

/** Issue 18 #2 on the command line: {@code sources} adds, lists, polls and removes an API source. */
class SourcesCommandTest {
    @TempDir
    Path dir;

    @Test
    void anApiSourceIsAddedPolledWithItsTokenAndRemoved() throws Exception {
        TestWorkspace t = TestWorkspace.create(Files.createDirectories(dir.resolve("ws")), false);
        org.salestrack.ingest.api.ApiServer.writeProfile(ImportService.profilesDir(t.workspace));
        t.workspace.close();
        String ws = dir.resolve("ws/workspace.db").toString();
        Path token = Files.writeString(dir.resolve("mall.token"), "tok-42\n");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
        try (ApiServer api = new ApiServer(q -> ApiServer.Answer.ok("{\"items\":" + (q.get("cursor") == null ? ApiServer.orders(0, 2) + ",\"next\":\"n2\""
                : ApiServer.orders(2, 2) + ",\"next\":\"\"") + "}"))) {
            CliRunner added = CliRunner.run("sources", "--workspace", ws, "--add", "mall", "--url", api.url(), "--profile", "api-orders",
                    "--token-file", token.toString(), "--paging", "cursor", "--items", "items", "--next-cursor", "next", "--every", "5");
            assertThat(added.exit).isZero();
            assertThat(added.out).isEqualTo("polling mall every 5 min (" + api.url() + ", profile api-orders)\n");

            CliRunner polled = CliRunner.run("sources", "--workspace", ws, "--poll", "mall", "--json");
            assertThat(polled.exit).as(polled.err).isZero();
            assertThat(polled.out).contains("\"outcome\" : \"stored\"").contains("\"watermark\" : \"2025-04-01T10:03:00+08:00\"");
            assertThat(api.requests).extracting(r -> r.authorization()).containsOnly("Bearer tok-42");
            try (Workspace w = Workspace.open(Path.of(ws))) {
                assertThat(WatchFixture.totals(w).rows()).isEqualTo(4);
            }
            assertThat(CliRunner.run("sources", "--workspace", ws, "--list").out)
                    .isEqualTo("1\tmall\t" + api.url() + "\tprofile api-orders\tevery 5 min\twatermark 2025-04-01T10:03:00+08:00\n");

            // a token others can read is refused: the poll fails, stores nothing, says why
            Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-r--r--"));
            CliRunner refused = CliRunner.run("sources", "--workspace", ws, "--poll", "mall");
            assertThat(refused.exit).isEqualTo(ExitCodes.FAILURE);
            assertThat(refused.out).contains("failed mall").contains("chmod 600");

            assertThat(CliRunner.run("sources", "--workspace", ws, "--add", "x", "--url", "ftp://h/x", "--profile", "api-orders").exit).isEqualTo(ExitCodes.USAGE);
            assertThat(CliRunner.run("sources", "--workspace", ws, "--add", "x", "--url", api.url(), "--profile", "nope").err)
                    .contains("there is no mapping profile named nope");
            assertThat(CliRunner.run("sources", "--workspace", ws, "--remove", "mall").out).isEqualTo("no longer polling mall\n");
            assertThat(CliRunner.run("sources", "--workspace", ws, "--list", "--json").out).isEqualToIgnoringWhitespace("{\"sources\": []}");
        }
    }
}
