package dev.unidial.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A test's main class run in a child JVM with the test's class path, killed with
 * {@link Process#destroyForcibly()} once a condition holds: how a guarantee that spans
 * processes (nothing sent twice after a crash) is proved, not only reasoned about.
 */
public final class ChildJvm {
    private ChildJvm() {}

    /**
     * Starts {@code main} in a child JVM, waits until {@code killWhen} holds, and kills it.
     *
     * @param main the class whose {@code main} runs
     * @param killWhen polled every 5 ms; the child is killed the first time it holds
     * @param timeout how long to wait for it
     * @param args the arguments
     * @return what the child printed before it was killed
     * @throws AssertionError if the child ended before the condition held, or the condition never held
     */
    public static String runAndKill(Class<?> main, BooleanSupplier killWhen, Duration timeout, String... args) {
        try {
            Path log = Files.createTempFile("child-jvm", ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), main.getName()));
            command.addAll(List.of(args));
            Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!killWhen.getAsBoolean() && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            boolean killedPartWay = child.isAlive() && killWhen.getAsBoolean();
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            String output = Files.readString(log);
            if (!killedPartWay) {
                throw new AssertionError("The child " + main.getSimpleName() + " was not killed part-way (it ended, or the"
                        + " condition never held within " + timeout + "). Its output:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while the child ran", e);
        }
    }
}
