package org.salestrack.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.salestrack.ui.start.PasswordVault;

/**
 * The national store's password in the operating system's keyring: the Secret Service (GNOME Keyring, KWallet) through
 * {@code secret-tool} on Linux, the login keychain through {@code security} on macOS. The password goes to and comes
 * from the tool on its standard streams, never as an argument (which other users could read in the process list) and
 * never into a file of ours. Elsewhere, or when the tool or the session bus is missing, there is no keyring and the
 * password is asked each time.
 */
public final class OsKeyring implements PasswordVault {
    private static final String SERVICE = "salestrack-national";
    private static final long TIMEOUT_SECONDS = 15;

    private enum Tool { SECRET_TOOL, SECURITY, NONE }

    private Tool tool;
    private String executable;

    private OsKeyring() {}

    /** The keyring of this machine, found on first use (it looks at the file system: off the FX thread), or one not {@link #available()}. */
    public static OsKeyring system() { return new OsKeyring(); }

    private synchronized Tool tool() {
        if (tool != null) return tool;
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        tool = Tool.NONE;
        if (os.contains("mac") && Files.isExecutable(Path.of("/usr/bin/security"))) {
            tool = Tool.SECURITY;
            executable = "/usr/bin/security";
        } else if (os.contains("linux") && System.getenv("DBUS_SESSION_BUS_ADDRESS") != null) {
            Optional<Path> secretTool = onPath("secret-tool");
            if (secretTool.isPresent()) {
                tool = Tool.SECRET_TOOL;
                executable = secretTool.get().toString();
            }
        }
        return tool;
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }

    @Override
    public boolean available() { return tool() != Tool.NONE; }

    private static String account(String server, String user) { return user + "@" + server; }

    @Override
    public Optional<String> find(String server, String user) {
        List<String> cmd = switch (tool()) {
            case SECRET_TOOL -> List.of(executable, "lookup", "service", SERVICE, "server", server, "user", user);
            case SECURITY -> List.of(executable, "find-generic-password", "-s", SERVICE, "-a", account(server, user), "-w");
            case NONE -> null;
        };
        if (cmd == null) return Optional.empty();
        Result r = run(cmd, null);
        if (r.exit() != 0) return Optional.empty();
        String pw = r.out().endsWith("\n") ? r.out().substring(0, r.out().length() - 1) : r.out();
        return pw.isEmpty() ? Optional.empty() : Optional.of(pw);
    }

    @Override
    public void save(String server, String user, String password) {
        switch (tool()) {
            case SECRET_TOOL -> run(List.of(executable, "store", "--label=SalesTrack national store " + account(server, user), "service", SERVICE,
                    "server", server, "user", user), password);
            // security -i reads its commands from standard input, so the password is not an argument of the process
            case SECURITY -> run(List.of(executable, "-i"), "add-generic-password -U -s " + quote(SERVICE) + " -a " + quote(account(server, user))
                    + " -w " + quote(password) + "\n");
            case NONE -> { }
        }
    }

    @Override
    public void forget(String server, String user) {
        switch (tool()) {
            case SECRET_TOOL -> run(List.of(executable, "clear", "service", SERVICE, "server", server, "user", user), null);
            case SECURITY -> run(List.of(executable, "delete-generic-password", "-s", SERVICE, "-a", account(server, user)), null);
            case NONE -> { }
        }
    }

    private static String quote(String s) { return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""; }

    private record Result(int exit, String out) {}

    private static Result run(List<String> cmd, String input) {
        try {
            Process p = new ProcessBuilder(new ArrayList<>(cmd)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = p.getOutputStream()) {
                if (input != null) in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            String out;
            try (InputStream o = p.getInputStream()) {
                out = new String(o.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "");
            }
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            return new Result(-1, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "");
        }
    }
}
