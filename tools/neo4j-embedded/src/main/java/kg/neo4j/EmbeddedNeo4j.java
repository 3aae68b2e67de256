package kg.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community in-process with only the Bolt connector, on loopback.
 *
 * Usage: EmbeddedNeo4j --port 7687 --data ./data/neo4j [--pagecache 256m] [--watch-stdin]
 *
 * Prints "NEO4J_READY bolt://127.0.0.1:PORT" once the default database accepts queries,
 * and "NEO4J_ERROR <message>" (exit 2) when it cannot start. Stops cleanly on
 * SIGTERM/SIGINT through the shutdown hook. With --watch-stdin it also stops when its
 * standard input closes, so a parent that dies without signalling leaves no orphan JVM.
 *
 * Authentication is on when NEO4J_EMBEDDED_PASSWORD is set (the environment, not the command
 * line, which every local user can read with ps): the user neo4j gets that password at each
 * start, so the password file in the data folder stays the one source of truth.
 */
public final class EmbeddedNeo4j {
    public static void main(String[] args) {
        int port = 7687;
        String data = "data/neo4j";
        String pagecache = "256m";
        boolean watchStdin = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data" -> data = args[++i];
                case "--pagecache" -> pagecache = args[++i];
                case "--watch-stdin" -> watchStdin = true;
                default -> fail("unknown argument " + args[i]);
            }
        }

        String password = System.getenv("NEO4J_EMBEDDED_PASSWORD");
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(Path.of(data).toAbsolutePath())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    // Loopback is not enough: any local process could write to the graph.
                    .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pagecache))
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                    .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                    .build();
        } catch (Throwable e) {
            fail(explain(e, port, data));
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        final DatabaseManagementService service = dbms;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.shutdown();
            } finally {
                System.out.println("NEO4J_STOPPED");
                System.out.flush();
                stopped.countDown();
            }
        }, "neo4j-shutdown"));

        try {
            var db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(Duration.ofSeconds(120).toMillis())) {
                fail("the database did not become available within 120 s (see " + data + "/logs)");
            }
            db.executeTransactionally("RETURN 1");
            if (password != null) setPassword(dbms, password);
        } catch (Throwable e) {
            fail(explain(e, port, data));
        }

        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
        System.out.flush();

        if (watchStdin) {
            Thread watcher = new Thread(() -> {
                try {
                    InputStream in = System.in;
                    while (in.read() != -1) { /* ignore input; EOF means the parent is gone */ }
                } catch (IOException ignored) {
                    // a broken pipe also means the parent is gone
                }
                System.exit(0);
            }, "stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        try {
            stopped.await();
        } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
        }
    }

    /** Gives the user neo4j this password; embedded calls are trusted, so no login is needed. */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // Setting the password it already has is refused; anything else is a real failure.
            if (e.getMessage() == null || !e.getMessage().contains("cannot be the same")) throw e;
        }
    }

    /** Turns the usual start-up failures into one line that says what to do. */
    private static String explain(Throwable e, int port, String data) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) all.append(t.getClass().getName()).append(": ").append(t.getMessage()).append(" | ");
        String text = all.toString();
        if (text.contains("Address already in use") || text.contains("BindException")) {
            return "port " + port + " is already in use; stop what runs there or choose another port (NEO4J_PORT)";
        }
        if (text.contains("FileLockException") || text.contains("Lock file has been locked") || text.contains("already locked")) {
            return "the data directory " + data + " is in use by another Neo4j; stop it first (pnpm neo4j:stop)";
        }
        String first = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return first.replace('\n', ' ');
    }

    private static void fail(String message) {
        System.out.println("NEO4J_ERROR " + message);
        System.out.flush();
        Runtime.getRuntime().halt(2);
    }

    private EmbeddedNeo4j() {}
}
