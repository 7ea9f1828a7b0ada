package org.salestrack.store.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a national store is and who logs in: {@code postgresql://[USER@]HOST[:PORT]/DB}. The password is
 * found as psql finds it, in {@code PGPASSWORD} or the password file ({@code PGPASSFILE}, else
 * {@code ~/.pgpass}), never on a command line. The JDBC URL carries no user: a {@code ?user=} in it would
 * override the user given to the driver (embedded servers' URLs carry one and then every test ran as superuser).
 */
public record ServerAddress(String host, int port, String database, String user, String password) {
    private static final Pattern URL = Pattern.compile("postgres(?:ql)?:/{1,2}(?:([^@/:]+)@)?([^/:]+)(?::(\\d+))?/([^/?]+)");

    /** Whether a --workspace or --to value names a server rather than a workspace file. */
    public static boolean isUrl(String s) {
        return s != null && (s.startsWith("postgresql:/") || s.startsWith("postgres:/"));
    }

    /**
     * Parses the URL; a user given there wins over {@code user}, which wins over {@code PGUSER} and the OS
     * user. A single slash after the scheme is accepted because a URL that went through {@code Path} lost one.
     */
    public static ServerAddress parse(String url, String user, Map<String, String> env, Path home) {
        Matcher m = URL.matcher(url.trim());
        if (!m.matches()) throw new IllegalArgumentException("not a national store address: '" + url + "'; use postgresql://HOST:PORT/DB");
        String who = m.group(1) != null ? m.group(1) : user != null ? user
                : env.getOrDefault("PGUSER", System.getProperty("user.name"));
        String host = m.group(2);
        int port = m.group(3) == null ? 5432 : Integer.parseInt(m.group(3));
        String db = m.group(4);
        String password = env.get("PGPASSWORD");
        if (password == null) {
            Path file = env.containsKey("PGPASSFILE") ? Path.of(env.get("PGPASSFILE")) : home.resolve(".pgpass");
            password = fromPassFile(file, host, port, db, who).orElse(null);
        }
        return new ServerAddress(host, port, db, who, password);
    }

    /** The address from the environment of this process. */
    public static ServerAddress parse(String url, String user) {
        return parse(url, user, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public String jdbcUrl() { return "jdbc:postgresql://" + host + ":" + port + "/" + database; }

    /** The address as the user wrote it, without a password. */
    public String display() { return "postgresql://" + user + "@" + host + ":" + port + "/" + database; }

    /** The same server and database as another user, whose password comes from the same places. */
    public ServerAddress as(String otherUser, String otherPassword) {
        return new ServerAddress(host, port, database, otherUser, otherPassword);
    }

    /** The first line of a libpq password file that matches (fields host:port:database:user:password, * matching any). */
    static Optional<String> fromPassFile(Path file, String host, int port, String db, String user) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                List<String> f = fields(line);
                if (f.size() < 5) continue;
                if (matches(f.get(0), host) && matches(f.get(1), Integer.toString(port)) && matches(f.get(2), db) && matches(f.get(3), user)) {
                    return Optional.of(f.get(4));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean matches(String field, String value) { return field.equals("*") || field.equals(value); }

    /** Splits on unescaped colons; a backslash escapes a colon or a backslash. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) cur.append(line.charAt(++i));
            else if (ch == ':' && out.size() < 4) {
                out.add(cur.toString());
                cur.setLength(0);
            } else cur.append(ch);
        }
        out.add(cur.toString());
        return out;
    }

    @Override
    public String toString() { return display(); }
}
