package org.salestrack.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Kill anywhere (issue 13 item 7): runs the CLI jar on a copy of a workspace, SIGKILLs it at a random moment of
 * an import, an undo, a validation, a backup or a workbook export, and checks that the workspace passes
 * integrity_check and equals its state before or after the operation (lines, amounts, batches, findings, audit
 * entries), that a backup file is absent or a whole workspace, and that a finished workbook is never replaced by
 * a partial one. Usage: FaultsBench JAR PROFILE TRIALS SEED LINES
 */
public final class FaultsBench {
    private final Path jar;
    private final Path profile;
    private final Path dir;

    private FaultsBench(Path jar, Path profile, Path dir) {
        this.jar = jar;
        this.profile = profile;
        this.dir = dir;
    }

    enum Op { IMPORT, UNDO, VALIDATE, BACKUP, WORKBOOK }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path profile = Path.of(args[1]);
        int trials = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        int lines = Integer.parseInt(args[4]);
        Path dir = Files.createTempDirectory("faults-");
        new FaultsBench(jar, profile, dir).run(trials, new Random(seed), lines);
    }

    private void run(int trials, Random random, int lines) throws Exception {
        Path a = csv("A", lines);
        Path b = csv("B", lines);
        Path base = dir.resolve("base.db");
        cli(base, "import", "--no-forecast-tracking", "--profile", profile.toString(), a.toString());
        Path withB = dir.resolve("with-b.db");
        Files.copy(base, withB);
        cli(withB, "import", "--no-forecast-tracking", "--profile", profile.toString(), b.toString());
        Path finished = dir.resolve("finished.xlsx");
        cli(withB, "report", "--out", finished.toString());
        String finishedSha = sha(finished);

        Map<Op, long[]> millis = new LinkedHashMap<>();
        Map<Op, String[]> states = new LinkedHashMap<>();
        for (Op op : Op.values()) {
            Path ws = start(op, base, withB);
            String before = state(ws);
            long t0 = System.nanoTime();
            Process p = launch(ws, op, finished);
            if (p.waitFor() != 0) throw new IllegalStateException(op + " failed: " + new String(p.getInputStream().readAllBytes()));
            millis.put(op, new long[] {(System.nanoTime() - t0) / 1_000_000});
            states.put(op, new String[] {before, state(ws)});
            System.out.printf(Locale.ROOT, "%-8s runs %,d ms when not killed; before %s; after %s%n", op, millis.get(op)[0], before, states.get(op)[1]);
        }
        Files.copy(withB, dir.resolve("finished-source.db"), StandardCopyOption.REPLACE_EXISTING);
        cli(dir.resolve("finished-source.db"), "report", "--out", finished.toString());
        finishedSha = sha(finished);

        int[] equalsBefore = new int[Op.values().length];
        int[] equalsAfter = new int[Op.values().length];
        int bad = 0;
        int partialFilesLeft = 0;
        for (int i = 0; i < trials; i++) {
            Op op = Op.values()[i % Op.values().length];
            Path ws = start(op, base, withB);
            Path backupOut = dir.resolve("backup.db");
            Files.deleteIfExists(backupOut);
            long delay = (long) (random.nextDouble() * millis.get(op)[0] * 1.1);
            Process p = launch(ws, op, finished);
            boolean ended = p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!ended) {
                p.destroyForcibly();   // SIGKILL on Linux
                p.waitFor();
            }
            // what the user does next: open the workspace in the workbench, which finishes an import's interrupted follow-up
            org.salestrack.app.WorkspaceServices.open(ws).imports().imports().workspace().close();
            String integrity = integrity(ws);
            String now = state(ws);
            String[] ba = states.get(op);
            boolean ok = integrity.equals("ok") && (now.equals(ba[0]) || now.equals(ba[1]));
            if (now.equals(ba[0])) equalsBefore[op.ordinal()]++;
            else if (now.equals(ba[1])) equalsAfter[op.ordinal()]++;
            String extra = "";
            if (op == Op.BACKUP && Files.exists(backupOut)) {
                boolean whole = integrity(backupOut).equals("ok") && state(backupOut).equals(ba[0]);
                ok &= whole;
                extra = whole ? ", backup whole" : ", BACKUP PARTIAL";
            }
            if (op == Op.WORKBOOK) {
                boolean opens = opens(finished);
                boolean old = sha(finished).equals(finishedSha);
                ok &= opens;
                extra = old ? ", workbook the finished one" : opens ? ", workbook the new complete one" : ", WORKBOOK PARTIAL";
                finishedSha = sha(finished);
            }
            try (Stream<Path> s = Files.list(dir)) {
                partialFilesLeft += (int) s.filter(f -> f.getFileName().toString().endsWith(".part")).count();
            }
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.filter(f -> f.getFileName().toString().endsWith(".part")).toList()) Files.delete(f);
            }
            if (!ok) bad++;
            System.out.printf(Locale.ROOT, "%2d %-8s kill at %,6d ms%s: integrity %s, %s%s%n", i + 1, op, delay, ended ? " (had ended)" : "",
                    integrity, now.equals(ba[0]) ? "= before" : now.equals(ba[1]) ? "= after" : "NEITHER: " + now, extra);
        }
        System.out.println();
        for (Op op : Op.values()) {
            System.out.printf(Locale.ROOT, "%-8s equals before %d, equals after %d%n", op, equalsBefore[op.ordinal()], equalsAfter[op.ordinal()]);
        }
        System.out.printf("%d trials, %d broken; %d temporary .part files left by kills (never under a finished file's name)%n", trials, bad, partialFilesLeft);
        if (bad > 0) System.exit(1);
    }

    private Path start(Op op, Path base, Path withB) throws IOException {
        Path ws = dir.resolve("trial.db");
        for (String s : new String[] {"", "-wal", "-shm"}) Files.deleteIfExists(Path.of(ws + s));
        Files.copy(op == Op.IMPORT ? base : withB, ws);
        return ws;
    }

    private Process launch(Path ws, Op op, Path finished) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("java", "-Xmx512m", "-Duser.home=" + dir, "-jar", jar.toString()));
        switch (op) {
            case IMPORT -> cmd.addAll(List.of("import", "--workspace", ws.toString(), "--no-forecast-tracking", "--profile", profile.toString(),
                    dir.resolve("B.csv").toString()));
            case UNDO -> cmd.addAll(List.of("import", "--workspace", ws.toString(), "--no-forecast-tracking", "--undo", "2"));
            case VALIDATE -> cmd.addAll(List.of("validate", "--workspace", ws.toString()));
            case BACKUP -> cmd.addAll(List.of("backup", "--workspace", ws.toString(), "--out", dir.resolve("backup.db").toString()));
            case WORKBOOK -> cmd.addAll(List.of("report", "--workspace", ws.toString(), "--out", finished.toString()));
        }
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("last.log").toFile()).start();
    }

    private void cli(Path ws, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("java", "-Xmx512m", "-Duser.home=" + dir, "-jar", jar.toString(), args[0], "--workspace", ws.toString()));
        for (int i = 1; i < args.length; i++) cmd.add(args[i]);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new IllegalStateException(String.join(" ", cmd) + ": " + out);
    }

    private Path csv(String prefix, int lines) throws IOException {
        Path f = dir.resolve(prefix + ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("订单号,日期,渠道,渠道类型,门店,省份,城市,SKU,品名,型号,系列,品类,数量,金额\n");
            for (int i = 0; i < lines; i++) {
                w.write(String.format(Locale.ROOT, "%s%07d,2025-%02d-%02d 10:00:00,天猫,online,,广东,深圳,SKU-%d,品名 %d,M%d,S1,手机,%d,%d.00%n",
                        prefix, i, 1 + i % 12, 1 + i % 28, i % 50, i % 50, i % 50, i % 97 == 0 ? -1 : 1, 100 + i % 7));
            }
        }
        return f;
    }

    static String state(Path ws) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM sale), (SELECT COALESCE(SUM(amount_e4), 0) FROM sale), "
                     + "(SELECT group_concat(id || ':' || status, ',') FROM (SELECT id, status FROM import_batch ORDER BY id)), "
                     + "(SELECT COUNT(*) FROM validation_issue), (SELECT COUNT(*) FROM sale_day), (SELECT COUNT(*) FROM audit_log)")) {
            return rs.getLong(1) + " lines, " + rs.getLong(2) + " e4, batches " + rs.getString(3) + ", issues " + rs.getLong(4)
                    + ", sale_day " + rs.getLong(5) + ", audit " + rs.getLong(6);
        }
    }

    private static String integrity(Path ws) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws); ResultSet rs = c.createStatement().executeQuery("PRAGMA integrity_check")) {
            return rs.getString(1);
        }
    }

    private static boolean opens(Path xlsx) {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            return wb.getNumberOfSheets() > 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static String sha(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
