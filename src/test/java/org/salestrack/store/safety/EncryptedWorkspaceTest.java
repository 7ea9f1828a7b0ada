package org.salestrack.store.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salestrack.cli.CliRunner;
import org.salestrack.cli.ExitCodes;
import org.salestrack.store.Workspace;

/**
 * An encrypted workspace (issue 13 item 2) as the CLI makes and uses it: its bytes hold none of the sales text, it
 * is refused without its passphrase or with a wrong one and then left exactly as it was, the passphrase can be
 * changed, a plain workspace can be encrypted and decrypted again with the same totals, and a backup of it is
 * encrypted and restores.
 */
class EncryptedWorkspaceTest {
    private static final byte[] SQLITE_HEADER = "SQLite format 3".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;
    Path ws;
    Path secret;
    Path sales;

    @BeforeEach
    void files() throws Exception {
        ws = dir.resolve("enc.db");
        secret = dir.resolve("secret.txt");
        Files.writeString(secret, "correct horse 电池 staple\n", StandardCharsets.UTF_8);
        sales = dir.resolve("pos-sales.csv");
        List<String> lines = Files.readAllLines(Path.of("samples/stores/pos-sales-2024-2025.csv"), StandardCharsets.UTF_8);
        Files.write(sales, lines.subList(0, 401), StandardCharsets.UTF_8);
    }

    private CliRunner importEncrypted() {
        CliRunner r = CliRunner.run("import", "--workspace", ws.toString(), "--encrypt", "--passphrase-file", secret.toString(),
                "samples/master/stores.csv", "samples/master/products.csv", sales.toString());
        assertThat(r.exit).as(r.err).isZero();
        return r;
    }

    private String summary(Path file, String... passphraseArgs) {
        List<String> args = new ArrayList<>(List.of("summary", "--workspace", file.toString(), "--by", "province", "--json"));
        args.addAll(List.of(passphraseArgs));
        CliRunner r = CliRunner.run(args.toArray(String[]::new));
        assertThat(r.exit).as(r.err).isZero();
        return r.out;
    }

    @Test
    void theEncryptedFileHoldsNoneOfTheSalesText() throws Exception {
        importEncrypted();
        List<String> texts = new ArrayList<>();
        try (Workspace w = Workspace.open(ws, Files.readString(secret)); Connection c = w.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT p.sku FROM sale JOIN product p ON p.id = sale.product_id "
                     + "UNION SELECT DISTINCT st.name FROM sale JOIN store st ON st.id = sale.store_id")) {
            while (rs.next()) if (rs.getString(1) != null && rs.getString(1).length() >= 3) texts.add(rs.getString(1));
        }
        assertThat(texts).hasSizeGreaterThan(20).contains("CX-E20-128");
        for (Path f : List.of(ws, Path.of(ws + "-wal"))) {
            if (!Files.exists(f)) continue;
            byte[] bytes = Files.readAllBytes(f);
            assertThat(Arrays.copyOf(bytes, SQLITE_HEADER.length)).isNotEqualTo(SQLITE_HEADER);
            String raw = new String(bytes, StandardCharsets.ISO_8859_1);
            for (String t : texts) assertThat(raw).as("%s in %s", t, f).doesNotContain(new String(t.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        }
        // the same text is there in a plain copy: the check above can fail
        Path plain = dir.resolve("plain-copy.db");
        CliRunner imported = CliRunner.run("import", "--workspace", plain.toString(), "samples/master/stores.csv", "samples/master/products.csv", sales.toString());
        assertThat(imported.exit).as(imported.err).isZero();
        assertThat(new String(Files.readAllBytes(plain), StandardCharsets.ISO_8859_1) + (Files.exists(Path.of(plain + "-wal"))
                ? new String(Files.readAllBytes(Path.of(plain + "-wal")), StandardCharsets.ISO_8859_1) : "")).contains("CX-E20-128");
    }

    @Test
    void withoutThePassphraseOrWithAWrongOneItIsRefusedAndUntouched() throws Exception {
        importEncrypted();
        String before = summary(ws, "--passphrase-file", secret.toString());
        byte[] bytes = Files.readAllBytes(ws);
        FileTime mtime = Files.getLastModifiedTime(ws);
        List<Path> sideFiles = sideFiles();

        CliRunner none = CliRunner.run("summary", "--workspace", ws.toString(), "--by", "province");
        assertThat(none.exit).isEqualTo(ExitCodes.PASSPHRASE);
        assertThat(none.err).contains(ws.toString()).contains("is encrypted").contains("--passphrase-file");

        Path wrong = dir.resolve("wrong.txt");
        Files.writeString(wrong, "correct horse battery staple");
        CliRunner bad = CliRunner.run("summary", "--workspace", ws.toString(), "--by", "province", "--passphrase-file", wrong.toString());
        assertThat(bad.exit).isEqualTo(ExitCodes.PASSPHRASE);
        assertThat(bad.err).contains("the passphrase does not open " + ws).contains("not opened or changed");
        CliRunner badImport = CliRunner.run("import", "--workspace", ws.toString(), "--passphrase-file", wrong.toString(), sales.toString());
        assertThat(badImport.exit).isEqualTo(ExitCodes.PASSPHRASE);

        assertThat(Files.readAllBytes(ws)).isEqualTo(bytes);
        assertThat(Files.getLastModifiedTime(ws)).isEqualTo(mtime);
        assertThat(sideFiles()).isEqualTo(sideFiles);
        assertThat(summary(ws, "--passphrase-file", secret.toString())).isEqualTo(before);
    }

    @Test
    void afterRekeyTheOldPassphraseFailsAndTheNewOneWorks() throws Exception {
        importEncrypted();
        String before = summary(ws, "--passphrase-file", secret.toString());
        Path next = dir.resolve("next.txt");
        Files.writeString(next, "a new one, 新的");
        CliRunner r = CliRunner.run("rekey", "--workspace", ws.toString(), "--passphrase-file", secret.toString(), "--new-passphrase-file", next.toString());
        assertThat(r.exit).as(r.err).isZero();
        assertThat(CliRunner.run("summary", "--workspace", ws.toString(), "--by", "province", "--passphrase-file", secret.toString()).exit)
                .isEqualTo(ExitCodes.PASSPHRASE);
        assertThat(summary(ws, "--passphrase-file", next.toString())).isEqualTo(before);
        assertThat(auditActions(ws, next)).containsSubsequence("import", "rekey");
    }

    @Test
    void aPlainWorkspaceIsEncryptedAndDecryptedWithItsTotalsKept() throws Exception {
        CliRunner imported = CliRunner.run("import", "--workspace", ws.toString(), "samples/master/stores.csv", "samples/master/products.csv", sales.toString());
        assertThat(imported.exit).as(imported.err).isZero();
        String before = summary(ws);
        assertThat(before).contains("\"qty\"");

        CliRunner enc = CliRunner.run("encrypt", "--workspace", ws.toString(), "--passphrase-file", secret.toString());
        assertThat(enc.exit).as(enc.err).isZero();
        assertThat(Workspace.encrypted(ws)).isTrue();
        assertThat(Arrays.copyOf(Files.readAllBytes(ws), SQLITE_HEADER.length)).isNotEqualTo(SQLITE_HEADER);
        assertThat(new String(Files.readAllBytes(ws), StandardCharsets.ISO_8859_1)).doesNotContain("CX-E20-128");
        assertThat(CliRunner.run("summary", "--workspace", ws.toString(), "--by", "province").exit).isEqualTo(ExitCodes.PASSPHRASE);
        assertThat(summary(ws, "--passphrase-file", secret.toString())).isEqualTo(before);
        assertThat(CliRunner.run("encrypt", "--workspace", ws.toString(), "--passphrase-file", secret.toString()).exit).isEqualTo(ExitCodes.USAGE);

        CliRunner dec = CliRunner.run("decrypt", "--workspace", ws.toString(), "--passphrase-file", secret.toString());
        assertThat(dec.exit).as(dec.err).isZero();
        assertThat(Arrays.copyOf(Files.readAllBytes(ws), SQLITE_HEADER.length)).isEqualTo(SQLITE_HEADER);
        assertThat(summary(ws)).isEqualTo(before);
        assertThat(auditActions(ws, null)).containsSubsequence("import", "encrypt", "decrypt");
    }

    @Test
    void aBackupOfAnEncryptedWorkspaceIsEncryptedAndRestores() throws Exception {
        importEncrypted();
        String before = summary(ws, "--passphrase-file", secret.toString());
        Path backup = dir.resolve("backup.db");
        CliRunner b = CliRunner.run("backup", "--workspace", ws.toString(), "--passphrase-file", secret.toString(), "--out", backup.toString());
        assertThat(b.exit).as(b.err).isZero();
        byte[] bytes = Files.readAllBytes(backup);
        assertThat(Arrays.copyOf(bytes, SQLITE_HEADER.length)).isNotEqualTo(SQLITE_HEADER);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("CX-E20-128");

        Path target = dir.resolve("restored.db");
        assertThat(CliRunner.run("restore", "--workspace", target.toString(), "--from", backup.toString()).exit).isEqualTo(ExitCodes.PASSPHRASE);
        CliRunner r = CliRunner.run("restore", "--workspace", target.toString(), "--from", backup.toString(), "--passphrase-file", secret.toString());
        assertThat(r.exit).as(r.err).isZero();
        assertThat(Workspace.encrypted(target)).isTrue();
        assertThat(summary(target, "--passphrase-file", secret.toString())).isEqualTo(before);
    }

    @Test
    void encryptRefusesToTurnAnExistingPlainWorkspaceIntoANewOne() throws Exception {
        CliRunner imported = CliRunner.run("import", "--workspace", ws.toString(), "samples/master/products.csv");
        assertThat(imported.exit).as(imported.err).isZero();
        CliRunner again = CliRunner.run("import", "--workspace", ws.toString(), "--encrypt", "--passphrase-file", secret.toString(), sales.toString());
        assertThat(again.exit).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err).contains("exists as a plain workspace");
        assertThat(Workspace.encrypted(ws)).isFalse();
    }

    @Test
    void thePassphraseAlsoComesFromTheEnvironment() throws Exception {
        importEncrypted();
        String expected = summary(ws, "--passphrase-file", secret.toString());
        Process right = cli("correct horse 电池 staple", "summary", "--workspace", ws.toString(), "--by", "province", "--json");
        assertThat(right.waitFor()).isZero();
        assertThat(new String(right.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(expected);
        Process wrong = cli("correct horse", "summary", "--workspace", ws.toString(), "--by", "province", "--json");
        assertThat(wrong.waitFor()).isEqualTo(ExitCodes.PASSPHRASE);
        assertThat(new String(wrong.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).contains("the passphrase does not open " + ws);
    }

    /** The CLI in its own JVM with SALESTRACK_PASSPHRASE set: the environment cannot be set in-process. */
    private static Process cli(String passphrase, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "org.salestrack.app.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("SALESTRACK_PASSPHRASE", passphrase);
        Process p = pb.start();
        p.getOutputStream().close();
        return p;
    }

    private List<Path> sideFiles() throws Exception {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("enc.db")).sorted().toList();
        }
    }

    private static List<String> auditActions(Path file, Path secretFile) throws Exception {
        List<String> actions = new ArrayList<>();
        String p = secretFile == null ? null : Files.readString(secretFile);
        try (Workspace w = Workspace.open(file, p); Connection c = w.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT action FROM audit_log ORDER BY id")) {
            while (rs.next()) actions.add(rs.getString(1));
        }
        return actions;
    }
}
