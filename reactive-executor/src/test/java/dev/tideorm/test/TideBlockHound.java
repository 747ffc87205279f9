package dev.tideorm.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * TideORM's BlockHound set-up, loaded by {@code BlockHound.install()} (ServiceLoader) in the surefire execution
 * {@code blockhound} of reactive-executor, where blockhound-junit-platform installs BlockHound before the tests.
 * Every blocking call found on a non-blocking thread is recorded (thread, method, stack) and then fails as
 * BlockHound's default does ({@link BlockingOperationError}); when the JVM exits the records are written to
 * {@code target/blockhound-report.txt} (a line saying none were found, when none were), because an error thrown
 * on a driver's event loop does not always reach the test that caused it.
 *
 * <p>Allowed calls: only genuine driver or JDK internals, each with its reason below.
 */
public final class TideBlockHound implements BlockHoundIntegration {
    private static final Queue<String> FOUND = new ConcurrentLinkedQueue<>();
    private static volatile boolean canary;
    private static final AtomicInteger CANARIES = new AtomicInteger();

    /** Whether BlockHound was installed in this JVM (the {@code blockhound} execution). */
    public static boolean installed() {
        return Boolean.getBoolean("tide.blockhound");
    }

    /**
     * Runs {@code work}, which makes blocking calls on purpose to show that BlockHound catches them; those are
     * counted apart, not reported. Returns how many it caught.
     */
    public static int canary(Runnable work) {
        int before = CANARIES.get();
        canary = true;
        try {
            work.run();
        } finally {
            canary = false;
        }
        return CANARIES.get() - before;
    }

    @Override
    public void applyTo(BlockHound.Builder builder) {
        builder.blockingMethodCallback(method -> {
            if (canary) {
                CANARIES.incrementAndGet();
                throw new BlockingOperationError(method);
            }
            StringBuilder s = new StringBuilder("blocking call ").append(method).append(" on thread ")
                    .append(Thread.currentThread().getName()).append('\n');
            for (StackTraceElement e : new Throwable().getStackTrace()) {
                s.append("    at ").append(e).append('\n');
            }
            FOUND.add(s.toString());
            throw new BlockingOperationError(method);
        });
        Runtime.getRuntime().addShutdownHook(new Thread(TideBlockHound::report, "blockhound-report"));
    }

    /** Writes what was found to {@code target/blockhound-report.txt}. */
    static void report() {
        List<String> lines = new ArrayList<>(FOUND);
        String text = lines.isEmpty() ? "BlockHound: no blocking call on a non-blocking thread\n"
                : "BlockHound: " + lines.size() + " blocking call(s) on non-blocking threads\n\n"
                + String.join("\n", lines);
        try {
            Files.writeString(Path.of("target", "blockhound-report.txt"), text);
        } catch (IOException e) {
            System.err.println(text);
        }
    }
}
