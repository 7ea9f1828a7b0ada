package org.salestrack.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.salestrack.analytics.explore.ExploreService;
import org.salestrack.model.Dimension;
import org.salestrack.model.cube.Member;
import org.salestrack.model.cube.Slice;
import org.salestrack.model.lines.LineCursor;
import org.salestrack.model.lines.LinePage;
import org.salestrack.model.lines.LineQuery;
import org.salestrack.model.lines.LineSort;
import org.salestrack.store.Batches;
import org.salestrack.store.Workspace;

/**
 * bench/lines: the drill-through's page fetches on the query benchmark's workspace (built once by
 * {@link QueryBenchData}, 10,000,000 lines by default): first pages of wide and narrow slices, the 50th
 * page reached by keyset, and pages sorted by amount. Usage: LinesBench WORKSPACE [LINES] [SAMPLES]
 */
public final class LinesBench {
    private static final PrintStream OUT = System.out;
    private static final int PAGE = 200;

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "target/bench-query/workspace-10000000.db");
        long lines = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        boolean exists = Files.exists(file);
        Workspace ws = Workspace.open(file);
        if (!exists || new Batches(ws).list().stream().noneMatch(b -> b.sha256().equals("bench-" + lines))) {
            if (exists) throw new IllegalStateException(file + " exists but was not built for " + lines + " lines; remove it first");
            OUT.printf(Locale.ROOT, "building %s with %,d lines%n", file, lines);
            QueryBenchData.build(ws, lines, 42, OUT);
        }
        ExploreService explore = new ExploreService(ws);
        Slice span = explore.span().orElseThrow();
        Random rnd = new Random(5);
        List<Member> provinces = explore.members(Dimension.PROVINCE);
        List<Member> stores = explore.members(Dimension.STORE);
        OUT.printf(Locale.ROOT, "%,d lines, %s..%s; page %d lines; %d samples each (median / max ms)%n", lines, span.from(), span.to(), PAGE, samples);
        time("first page, every line, file order", samples, () -> new LineQuery(span, LineSort.SOURCE, false, true), explore, 0);
        time("first page, one province, file order", samples,
                () -> new LineQuery(span.with(Dimension.PROVINCE, pick(provinces, rnd)), LineSort.SOURCE, false, true), explore, 0);
        time("50th page, one province, file order (keyset)", samples,
                () -> new LineQuery(span.with(Dimension.PROVINCE, pick(provinces, rnd)), LineSort.SOURCE, false, true), explore, 49);
        time("first page, one store x one month", samples,
                () -> new LineQuery(month(span, rnd).with(Dimension.STORE, pick(stores, rnd)), LineSort.SOURCE, false, true), explore, 0);
        time("first page, one province x one month, by amount desc", samples,
                () -> new LineQuery(month(span, rnd).with(Dimension.PROVINCE, pick(provinces, rnd)), LineSort.AMOUNT, true, true), explore, 0);
        time("first page, every line, by amount desc", Math.min(samples, 3), () -> new LineQuery(span, LineSort.AMOUNT, true, true), explore, 0);
        time("2nd page, every line, by amount desc (keyset)", Math.min(samples, 3), () -> new LineQuery(span, LineSort.AMOUNT, true, true), explore, 1);
    }

    private static String pick(List<Member> members, Random rnd) { return members.get(rnd.nextInt(members.size())).key(); }

    private static Slice month(Slice span, Random rnd) {
        java.time.LocalDate first = span.from().withDayOfMonth(1).plusMonths(rnd.nextInt(23));
        return span.withRange(first, first.plusMonths(1).minusDays(1));
    }

    /** Times reaching page {@code page} (the earlier pages are fetched untimed, as a user paging would have). */
    private static void time(String what, int samples, Supplier<LineQuery> queries, ExploreService explore, int page) {
        List<Double> ms = new ArrayList<>();
        int shown = 0;
        for (int i = 0; i < samples; i++) {
            LineQuery q = queries.get();
            LineCursor at = null;
            for (int p = 0; p < page && (p == 0 || at != null); p++) at = explore.lines(q, at, PAGE).next();
            if (page > 0 && at == null) continue;
            long t0 = System.nanoTime();
            LinePage result = explore.lines(q, at, PAGE);
            ms.add((System.nanoTime() - t0) / 1e6);
            shown = result.lines().size();
        }
        Collections.sort(ms);
        if (ms.isEmpty()) {
            OUT.printf(Locale.ROOT, "%-52s no slice had that many pages%n", what);
            return;
        }
        OUT.printf(Locale.ROOT, "%-52s %8.1f / %8.1f ms  (%d lines on the last page timed)%n", what, ms.get(ms.size() / 2), ms.get(ms.size() - 1), shown);
    }
}
