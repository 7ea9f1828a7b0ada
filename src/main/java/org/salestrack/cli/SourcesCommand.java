package org.salestrack.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.salestrack.ingest.ImportService;
import org.salestrack.ingest.profile.ProfileLibrary;
import org.salestrack.model.watch.ApiPaging;
import org.salestrack.model.watch.ApiSource;
import org.salestrack.model.watch.WatchEvent;
import org.salestrack.pipeline.watch.ApiSourcePoll;
import org.salestrack.store.Workspace;
import org.salestrack.pipeline.watch.WatchDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sources}: the workspace's API sources, HTTP endpoints answering JSON that {@code watch} polls on their
 * schedule (and the workbench while it is open); {@code --poll} polls one now, through the one import pipeline.
 */
@Command(name = "sources", description = "Add, list, remove or poll the API sources that watch polls (HTTP endpoints answering JSON).")
final class SourcesCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--add", paramLabel = "NAME", description = "Add this API source (or change its settings when it exists).")
    String add;

    @Option(names = "--url", paramLabel = "URL", description = "With --add: the endpoint (http or https).")
    String url;

    @Option(names = "--profile", paramLabel = "NAME", description = "With --add: the mapping profile of its records.")
    String profile;

    @Option(names = "--token-file", paramLabel = "FILE", description = "With --add: a file only you can read (chmod 600) holding the bearer token.")
    Path tokenFile;

    @Option(names = "--paging", paramLabel = "page|cursor", defaultValue = "page",
            description = "With --add: page (page=1,2,... until an empty page) or cursor (the answer's next cursor); default ${DEFAULT-VALUE}.")
    String paging;

    @Option(names = "--page-param", paramLabel = "P", description = "With --add: the query parameter of the page or cursor (default page, or cursor with cursor paging).")
    String pageParam;

    @Option(names = "--since-param", paramLabel = "P", defaultValue = "updated_since",
            description = "With --add: the query parameter of the watermark (default ${DEFAULT-VALUE}).")
    String sinceParam;

    @Option(names = "--items", paramLabel = "FIELD", defaultValue = "data",
            description = "With --add: the answer's field, or JSON pointer, holding the records (default ${DEFAULT-VALUE}).")
    String items;

    @Option(names = "--next-cursor", paramLabel = "FIELD", defaultValue = "next_cursor",
            description = "With --add and cursor paging: the answer's field holding the next cursor (default ${DEFAULT-VALUE}).")
    String nextCursor;

    @Option(names = "--watermark-field", paramLabel = "FIELD", defaultValue = "updated_at",
            description = "With --add: each record's ISO-8601 time of its last change (default ${DEFAULT-VALUE}).")
    String watermarkField;

    @Option(names = "--every", paramLabel = "MIN", defaultValue = "15", description = "With --add: minutes between polls (default ${DEFAULT-VALUE}).")
    int every;

    @Option(names = "--paused", description = "With --add: keep its settings but do not poll it for now.")
    boolean paused;

    @Option(names = "--remove", paramLabel = "NAME", description = "Stop polling this API source.")
    String remove;

    @Option(names = "--poll", paramLabel = "NAME", description = "Poll this API source now and import what it brings.")
    String poll;

    @Option(names = "--list", description = "List the API sources.")
    boolean list;

    @Option(names = "--json", description = "Print machine-readable output.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Workspace ws = workspace.openToChange();
        WatchDesk sources = new WatchDesk(ws);
        if (add != null) {
            if (url == null || profile == null) throw new IllegalArgumentException("--add needs --url and --profile");
            if (ProfileLibrary.load(ImportService.profilesDir(ws)).byName(profile).isEmpty()) {
                throw new IllegalArgumentException("there is no mapping profile named " + profile);
            }
            if (tokenFile != null && !Files.isRegularFile(tokenFile)) throw new IllegalArgumentException("there is no token file " + tokenFile);
            ApiPaging p = ApiPaging.of(paging);
            ApiSource s = sources.saveApi(new ApiSource(0, add, url, profile, tokenFile == null ? null : tokenFile.toAbsolutePath().normalize().toString(),
                    p, pageParam != null ? pageParam : p == ApiPaging.CURSOR ? "cursor" : "page", sinceParam, items, nextCursor, watermarkField,
                    null, every, !paused));
            if (json) out.println(Json.write(Map.of("source", sourceJson(s))));
            else out.printf("polling %s every %d min (%s, profile %s)%s%n", s.name(), s.pollMinutes(), s.url(), s.profile(), s.enabled() ? "" : ", paused");
            return ExitCodes.OK;
        }
        if (remove != null) {
            if (!sources.removeApi(remove)) throw new IllegalArgumentException("there is no API source named " + remove);
            if (json) out.println(Json.write(Map.of("removed", remove)));
            else out.printf("no longer polling %s%n", remove);
            return ExitCodes.OK;
        }
        if (poll != null) {
            ApiSource s = find(sources, poll).orElseThrow(() -> new IllegalArgumentException("there is no API source named " + poll));
            // as watch does: nobody is asked
            WatchEvent e = new ApiSourcePoll(Pipelines.unattended(ws), Duration.ofSeconds(30)).poll(s);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", s.name());
            m.put("outcome", e == null ? "nothing_new" : e.outcome().id());
            m.put("batch", e == null ? null : e.batch());
            m.put("reason", e == null ? "no records changed since " + (s.watermark() == null ? "the start" : s.watermark()) : e.reason());
            m.put("watermark", find(sources, poll).map(ApiSource::watermark).orElse(null));
            if (json) out.println(Json.write(m));
            else out.printf("%s %s: %s (watermark %s)%n", m.get("outcome"), s.name(), m.get("reason"), m.get("watermark"));
            return e != null && e.outcome() == org.salestrack.model.watch.WatchOutcome.FAILED ? ExitCodes.FAILURE : ExitCodes.OK;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ApiSource s : sources.apiSources()) rows.add(sourceJson(s));
        if (json) {
            out.println(Json.write(Map.of("sources", rows)));
        } else {
            for (ApiSource s : sources.apiSources()) {
                out.printf("%d\t%s\t%s\tprofile %s\tevery %d min\twatermark %s%s%n", s.id(), s.name(), s.url(), s.profile(), s.pollMinutes(),
                        s.watermark() == null ? "none" : s.watermark(), s.enabled() ? "" : "\tpaused");
            }
        }
        return ExitCodes.OK;
    }

    private static java.util.Optional<ApiSource> find(WatchDesk desk, String name) {
        return desk.apiSources().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static Map<String, Object> sourceJson(ApiSource s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("url", s.url());
        m.put("profile", s.profile());
        m.put("token_file", s.tokenFile());
        m.put("paging", s.paging().id());
        m.put("watermark", s.watermark());
        m.put("every_minutes", s.pollMinutes());
        m.put("enabled", s.enabled());
        return m;
    }
}
