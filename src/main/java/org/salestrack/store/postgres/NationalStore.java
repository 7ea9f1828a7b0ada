package org.salestrack.store.postgres;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.salestrack.model.Provinces;
import org.salestrack.store.StoreException;
import org.salestrack.store.Workspace;

/**
 * The national store: one PostgreSQL database holding every region's published workspaces (issue 21),
 * migrated by its own Flyway migrations (classpath db/national). Connections are per call, as a workspace's.
 */
public final class NationalStore {
    /** Idle connections kept for the next query: a login costs a backend start and a SCRAM exchange, more than a dashboard query on the rollups. */
    private static final int KEEP_IDLE = 4;

    private final ServerAddress address;
    private final Deque<Connection> idle = new ArrayDeque<>();

    private NationalStore(ServerAddress address) { this.address = address; }

    /**
     * Opens the store at {@code address}, bringing its schema up to date: the first open, by the role that
     * owns the database, creates it; later opens by analysts find nothing pending.
     */
    public static NationalStore open(ServerAddress address) {
        NationalStore store = new NationalStore(address);
        store.migrate();
        return store;
    }

    public ServerAddress address() { return address; }

    /**
     * A connection for one caller, who closes it as any other: closing hands it back for the next caller,
     * rolled back to a clean autocommit state; a broken one is dropped.
     */
    public Connection connect() throws SQLException {
        Connection c;
        synchronized (idle) {
            c = idle.poll();
        }
        if (c == null || c.isClosed()) c = open();
        Connection real = c;
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            if (method.getName().equals("close") && method.getParameterCount() == 0) {
                release(real);
                return null;
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    private void release(Connection real) {
        try {
            if (real.isClosed()) return;
            if (!real.getAutoCommit()) {
                real.rollback();
                real.setAutoCommit(true);
            }
            synchronized (idle) {
                if (idle.size() < KEEP_IDLE) {
                    idle.push(real);
                    return;
                }
            }
            real.close();
        } catch (SQLException e) {
            try {
                real.close();
            } catch (SQLException ignored) {
                // it was broken already
            }
        }
    }

    private Connection open() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", address.user());
        if (address.password() != null) p.setProperty("password", address.password());
        p.setProperty("ApplicationName", "salestrack");
        // a publish's temporary tables hold the batch's lines (about 250 MB a million): with the default 8 MB of
        // buffers for them, every pass over them wrote and read them back through the kernel. Taken only as used;
        // it can only be set before the session's first temporary table, hence at login.
        p.setProperty("options", "-c temp_buffers=512MB");
        return DriverManager.getConnection(address.jdbcUrl(), p);
    }

    /** The store read through the workspace's queries (summary, cube, series) in PostgreSQL's dialect. */
    public Workspace workspace() {
        return Workspace.onServer(address.display(), this::connect, PostgresSalesSql.INSTANCE);
    }

    private void migrate() {
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(address.jdbcUrl(), address.user(), address.password())
                    .locations("classpath:db/national")
                    .loggers("slf4j")
                    .load();
            var info = flyway.info();
            if (info.pending().length > 0) {
                try {
                    flyway.migrate();
                } catch (RuntimeException e) {
                    if (!insufficientPrivilege(e)) throw e;
                    String at = info.current() == null ? "0" : info.current().getVersion().getVersion();
                    throw new SchemaBehind(address.display(), address.user(), at, info.pending()[info.pending().length - 1].getVersion().getVersion(), e);
                }
            }
        } catch (SchemaBehind e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the national store " + address.display() + ": " + rootMessage(e), e);
        }
        try (Connection c = connect()) {
            seedProvinces(c);
        } catch (SQLException e) {
            throw new StoreException("cannot prepare the national store " + address.display(), e);
        }
    }

    /** Whether {@code e} is the server refusing the login (an unknown role, a wrong or missing password: SQLSTATE class 28). */
    public static boolean loginRefused(Throwable e) {
        return sqlState(e, state -> state.startsWith("28"));
    }

    /**
     * The store's schema is older than this SalesTrack's and the role that opened it may not upgrade it: only the owner
     * applies new migrations (docs/national-store.md, Upgrades). Said in words for the screen.
     */
    public static final class SchemaBehind extends StoreException implements org.salestrack.model.Worded {
        private static final long serialVersionUID = 1L;
        private final transient org.salestrack.model.Message message;

        SchemaBehind(String store, String user, String at, String needed, Throwable cause) {
            super(store + " is at schema version " + at + " and this SalesTrack needs " + needed + "; role " + user
                    + " may not upgrade it: its owner opens it once with this version", cause);
            this.message = org.salestrack.model.Message.of("national.store.behind", store, at, needed);
        }

        @Override
        public org.salestrack.model.Message message() { return message; }
    }

    private static boolean insufficientPrivilege(Throwable e) {
        return sqlState(e, "42501"::equals);
    }

    /** Whether {@code e} is the server asking for a password the driver had none to give (SQLSTATE 08004). */
    public static boolean passwordMissing(Throwable e) {
        return sqlState(e, "08004"::equals);
    }

    /** Whether a SQLException with a state {@code wanted} accepts is among {@code e} and its causes. */
    private static boolean sqlState(Throwable e, java.util.function.Predicate<String> wanted) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException q && q.getSQLState() != null && wanted.test(q.getSQLState())) return true;
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null && e.getCause() != e) e = e.getCause();
        return e.getMessage();
    }

    private static void seedProvinces(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM province")) {
            if (rs.next() && rs.getInt(1) == Provinces.get().all().size()) return;
        }
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO province(code, name_zh, full_name_zh, name_en, abbr, sales_region, "
                + "tile_col, tile_row, lat, lon) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (code) DO UPDATE SET name_zh = excluded.name_zh, "
                + "full_name_zh = excluded.full_name_zh, name_en = excluded.name_en, abbr = excluded.abbr, sales_region = excluded.sales_region, "
                + "tile_col = excluded.tile_col, tile_row = excluded.tile_row, lat = excluded.lat, lon = excluded.lon")) {
            org.salestrack.store.ProvinceRows.addAll(ps);
            ps.executeBatch();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
